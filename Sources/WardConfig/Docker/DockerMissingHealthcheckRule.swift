import WardCore

/// Flags final images without a HEALTHCHECK, so a hung service is never restarted by plain Docker.
struct DockerMissingHealthcheckRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-missing-healthcheck", title: "No HEALTHCHECK",
        summary: "Without a HEALTHCHECK the runtime cannot tell a hung or hijacked service from a healthy one (availability).",
        kind: .configuration, severity: .low, confidence: .medium, cwe: [754], owasp: ["CIS-DOCKER-4.6"],
        remediation: "Add `HEALTHCHECK CMD …` to the final stage, or rely on orchestrator probes and document it.",
        triggeringExamples: [dockerExample("FROM golang:1.23 AS build\nHEALTHCHECK CMD true\n↓FROM alpine:3.20\nUSER app\n")],
        nonTriggeringExamples: [dockerExample("FROM alpine:3.20\nUSER app\nHEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        guard let final = dockerfile.stages.last, let from = final.first else { return }
        let check = final.last { $0.keyword == "HEALTHCHECK" }
        if check == nil || check?.words.first?.uppercased() == "NONE" { issues.add(line: from.line, at: "FROM") }
    }
}
