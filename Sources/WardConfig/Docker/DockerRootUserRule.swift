import WardCore

/// Flags images whose final stage runs as root: no USER at all, or a last USER of root / 0.
struct DockerRootUserRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-root-user", title: "Container runs as root",
        summary: "Without a non-root USER the application runs as root inside the container; any compromise gets root and an easier path to the host.",
        kind: .configuration, severity: .medium, cwe: [250], owasp: ["A05:2021", "CIS-DOCKER-4.1"],
        remediation: "Create an unprivileged user and switch to it with `USER app` (or a numeric UID) in the final stage.",
        triggeringExamples: [
            dockerExample("↓FROM alpine:3.20\nRUN apk add curl\n"),
            dockerExample("FROM alpine:3.20 AS build\nUSER app\nFROM alpine:3.20\nUSER app\n↓USER root\n"),
        ],
        nonTriggeringExamples: [
            dockerExample("FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nUSER 10001\n"),
            dockerExample("FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD [\"serve\"]\n"),
        ])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        let stages = dockerfile.stages
        guard let final = stages.last else { return }
        var stage = final
        // A stage built FROM an earlier stage inherits its user; follow the chain back.
        for _ in 0..<stages.count {
            if let user = stage.last(where: { $0.keyword == "USER" }) {
                let name = user.words.first?.split(separator: ":").first.map(String.init) ?? ""
                if name == "root" || name == "0" { issues.add(line: user.line, at: "USER", detail: "USER \(name)") }
                return
            }
            guard let base = stage.first?.fromImage?.image.lowercased(),
                  let parent = stages.last(where: { $0.first?.fromImage?.name?.lowercased() == base && $0.first?.line != stage.first?.line })
            else { break }
            stage = parent
        }
        if let from = final.first { issues.add(line: from.line, at: "FROM", detail: "no USER instruction") }
    }
}
