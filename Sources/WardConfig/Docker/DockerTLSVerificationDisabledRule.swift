import WardCore

/// Flags downloads with TLS verification switched off (`curl -k`, `wget --no-check-certificate`).
struct DockerTLSVerificationDisabledRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-tls-verification-disabled", title: "TLS verification disabled in a download",
        summary: "Without certificate checks anyone on the network path can substitute the downloaded file.",
        kind: .configuration, severity: .high, cwe: [295], owasp: ["A02:2021"],
        remediation: "Remove `-k` / `--insecure` / `--no-check-certificate`; install the CA certificate the server needs.",
        triggeringExamples: [dockerExample("FROM alpine:3.20\nRUN curl ↓-ksSL https://example.com/a.tgz -o a.tgz\nRUN wget ↓--no-check-certificate https://example.com/b\n")],
        nonTriggeringExamples: [dockerExample("FROM alpine:3.20\nRUN curl -fsSL https://example.com/a.tgz -o a.tgz\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        for instruction in dockerfile.instructions where instruction.keyword == "RUN" {
            guard let flag = ShellScript.disablesTLSVerification(instruction.script), let place = instruction.locate(flag) else { continue }
            issues.add(ConfigIssue(line: place.line, column: place.column, detail: flag))
        }
    }
}
