import WardCore
import Yams

/// Flags `curl … | sh` in job scripts: unverified code runs with the pipeline's tokens.
struct GitLabPipeToShellRule: GitLabPipelineRule {
    let description = RuleDescription(
        id: "gitlab-pipe-to-shell", title: "Downloaded script piped to a shell",
        summary: "Piping a download into a shell runs whatever the server returns, with the job's CI_JOB_TOKEN and variables.",
        kind: .configuration, severity: .high, cwe: [494], owasp: ["A08:2021", "CICD-SEC-3"],
        remediation: "Download to a file, verify its checksum or signature, then run it; or use a pinned image that contains the tool.",
        triggeringExamples: [gitlabExample("deploy:\n  script:\n    - ↓curl -sSL https://get.example.com/install.sh | bash\n")],
        nonTriggeringExamples: [gitlabExample("deploy:\n  script:\n    - curl -sSLo install.sh https://get.example.com/install.sh\n    - sha256sum -c install.sha256\n    - bash install.sh\n")])

    func check(pipeline: Node, into issues: inout IssueCollector) {
        for script in pipeline.gitlabScripts {
            for (line, _) in script.scriptLines(in: issues) {
                if let offset = ShellScript.pipedDownloadOffset(in: issues.file.text(ofLine: line)) { issues.add(ConfigIssue(line: line, column: offset + 1)) }
            }
        }
    }
}
