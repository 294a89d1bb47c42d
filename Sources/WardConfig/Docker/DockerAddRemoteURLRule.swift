import WardCore

/// Flags `ADD https://…` without `--checksum`: a remote file enters the image unverified.
struct DockerAddRemoteURLRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-add-remote-url", title: "ADD from a URL",
        summary: "ADD fetches a remote file at build time with no integrity check; a compromised or spoofed server changes the image.",
        kind: .configuration, severity: .medium, cwe: [494], owasp: ["A08:2021", "CIS-DOCKER-4.9"],
        remediation: "Download with a pinned checksum (`ADD --checksum=sha256:… URL`) or in a RUN step that verifies the file.",
        triggeringExamples: [dockerExample("FROM alpine:3.20\nADD ↓https://example.com/tool.tar.gz /opt/\nUSER app\n")],
        nonTriggeringExamples: [dockerExample("FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2015d0da2ddd4b2 https://example.com/tool.tar.gz /opt/\nADD app.tar.gz /opt/\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        for instruction in dockerfile.instructions where instruction.keyword == "ADD" {
            let words = instruction.words
            guard !words.contains(where: { $0.hasPrefix("--checksum") }) else { continue }
            for word in words where word.hasPrefix("http://") || word.hasPrefix("https://") {
                if let place = instruction.locate(word) { issues.add(ConfigIssue(line: place.line, column: place.column, detail: word)) }
            }
        }
    }
}
