import WardCore
import Yams

/// Flags TLS verification switched off in jobs: `curl -k`, `wget --no-check-certificate`, `GIT_SSL_NO_VERIFY`.
struct GitLabTLSVerificationDisabledRule: GitLabPipelineRule {
    let description = RuleDescription(
        id: "gitlab-tls-verification-disabled", title: "TLS verification disabled in a job",
        summary: "Without certificate checks a network attacker can swap downloads or capture the credentials the job sends.",
        kind: .configuration, severity: .high, cwe: [295], owasp: ["A02:2021"],
        remediation: "Remove the insecure flag and add the internal CA to the job image (or `CI_SERVER_TLS_CA_FILE`).",
        triggeringExamples: [gitlabExample("variables:\n  ↓GIT_SSL_NO_VERIFY: \"true\"\nfetch:\n  script:\n    - curl ↓--insecure -o a.tgz https://repo.local/a.tgz\n")],
        nonTriggeringExamples: [gitlabExample("variables:\n  GIT_DEPTH: \"10\"\nfetch:\n  script:\n    - curl -fsSo a.tgz https://repo.local/a.tgz\n")])

    func check(pipeline: Node, into issues: inout IssueCollector) {
        for holder in [pipeline] + pipeline.gitlabJobs {
            if let pair = holder.value("variables")?.pair("GIT_SSL_NO_VERIFY"), ["true", "1"].contains(pair.value.string?.lowercased() ?? "") {
                issues.add(pair.key.mark)
            }
        }
        for script in pipeline.gitlabScripts {
            for (line, text) in script.scriptLines(in: issues) {
                if let flag = ShellScript.disablesTLSVerification(text) { issues.add(line: line, at: flag, detail: flag) }
            }
        }
    }
}
