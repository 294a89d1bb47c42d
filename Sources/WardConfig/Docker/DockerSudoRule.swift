import WardCore

/// Flags `sudo` in RUN: it signals a root-equivalent user and leaves a setuid escalation path in the image.
struct DockerSudoRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-sudo", title: "sudo in RUN",
        summary: "sudo in an image means an unprivileged user can become root again; builds run as root anyway, so it buys nothing.",
        kind: .configuration, severity: .medium, cwe: [250], owasp: ["A05:2021"],
        remediation: "Run privileged build steps before switching USER, and do not install sudo in the image.",
        triggeringExamples: [dockerExample("FROM debian:12\nUSER app\nRUN ↓sudo apt-get update\n")],
        nonTriggeringExamples: [dockerExample("FROM debian:12\nRUN apt-get update && echo pseudo-sudoers\nUSER app\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        for instruction in dockerfile.instructions where instruction.keyword == "RUN" {
            let script = instruction.script
            guard script.hasBytes("sudo") else { continue }
            let words = script.split(whereSeparator: { " \t\n;&|(".contains($0) })
            guard words.contains("sudo"), let place = instruction.locate("sudo ") else { continue }
            issues.add(ConfigIssue(line: place.line, column: place.column))
        }
    }
}
