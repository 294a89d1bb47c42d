import WardCore
import Yams

/// Flags scripts that print CI tokens or credential variables into the job log.
struct GitLabSecretEchoedRule: GitLabPipelineRule {
    static let tokens = ["CI_JOB_TOKEN", "CI_REGISTRY_PASSWORD", "CI_DEPLOY_PASSWORD", "CI_DEPENDENCY_PROXY_PASSWORD"]

    let description = RuleDescription(
        id: "gitlab-secret-echoed", title: "Secret printed in a job script",
        summary: "Echoing a token or password writes it to the job log; masking fails for short, multi-line or transformed values.",
        kind: .configuration, severity: .high, cwe: [532], owasp: ["A09:2021", "CICD-SEC-6"],
        remediation: "Do not print secrets; pass them to tools via environment variables or `--password-stdin`.",
        triggeringExamples: [gitlabExample("build:\n  script:\n    - ↓echo $CI_JOB_TOKEN\n    - ↓echo \"db=${DB_PASSWORD}\"\n")],
        nonTriggeringExamples: [gitlabExample("build:\n  script:\n    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n    - echo $CI_COMMIT_SHA\n")])

    func check(pipeline: Node, into issues: inout IssueCollector) {
        for script in pipeline.gitlabScripts {
            for (line, text) in script.scriptLines(in: issues) where !text.hasBytes("--password-stdin") && !text.hasBytes(">") {
                if let name = ShellScript.echoedSecret(text, extraNames: Self.tokens) { issues.add(line: line, at: "echo", detail: name) }
            }
        }
    }
}
