import WardCore

/// Flags `curl … | sh` in RUN: a script downloaded and executed unverified at build time.
struct DockerPipeToShellRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-pipe-to-shell", title: "Downloaded script piped to a shell",
        summary: "Piping curl or wget into a shell runs whatever the server returns at build time, with no review or integrity check.",
        kind: .configuration, severity: .high, cwe: [494], owasp: ["A08:2021"],
        remediation: "Download the script, verify its checksum or signature, then run it; or install from a package manager.",
        triggeringExamples: [
            dockerExample("FROM alpine:3.20\nRUN apk add curl && ↓curl -fsSL https://get.example.com | sh\n"),
            dockerExample("FROM debian:12\nRUN set -e; \\\n    ↓wget -qO- https://example.com/i.sh | bash\n"),
        ],
        nonTriggeringExamples: [dockerExample("FROM alpine:3.20\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh && sha256sum -c i.sha256 && sh /tmp/i.sh\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        for instruction in dockerfile.instructions where instruction.keyword == "RUN" {
            guard ShellScript.pipesDownloadToShell(instruction.script) else { continue }
            // Point at the download on the line that pipes it; a pipe split over continuation lines falls back to the first download.
            let piped = instruction.segments.lazy.compactMap { segment in
                ShellScript.pipedDownloadOffset(in: segment.text).map { (line: segment.line, column: $0 + 1) }
            }.first
            let place = piped ?? instruction.locate("curl ") ?? instruction.locate("wget ") ?? (instruction.line, instruction.column)
            issues.add(ConfigIssue(line: place.line, column: place.column))
        }
    }
}
