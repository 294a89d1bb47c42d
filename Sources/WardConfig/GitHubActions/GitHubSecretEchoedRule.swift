import WardCore
import Yams

/// Flags `echo ${{ secrets.X }}` and `echo $TOKEN` in run scripts: masking is best-effort and easily defeated.
struct GitHubSecretEchoedRule: GitHubWorkflowRule {
    let description = RuleDescription(
        id: "gha-secret-echoed", title: "Secret printed in a run script",
        summary: "Printing a secret puts it in the job log; GitHub's masking misses encoded, split or transformed values.",
        kind: .configuration, severity: .high, cwe: [532], owasp: ["A09:2021", "CICD-SEC-6"],
        remediation: "Never echo secrets; pass them to tools through environment variables or files with restricted permissions.",
        triggeringExamples: [workflowExample("on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          ↓echo \"${{ secrets.DEPLOY_KEY }}\"\n          ↓echo $NPM_TOKEN | base64\n")],
        nonTriggeringExamples: [workflowExample("on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$NPM_TOKEN\" > ~/.npmrc-token-file-is-not-printed && echo done\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n")])

    func check(workflow: Node, into issues: inout IssueCollector) {
        for step in workflow.workflowSteps {
            guard let run = step.value("run") else { continue }
            for (line, text) in run.scriptLines(in: issues) where !text.hasBytes(">") {
                if let name = ShellScript.echoedSecret(text) { issues.add(line: line, at: text.hasPrefix("printf") ? "printf" : "echo", detail: name) }
            }
        }
    }
}
