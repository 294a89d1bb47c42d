import WardCore

/// Flags credential-named ENV and ARG with literal values: they stay in the image's history and metadata.
struct DockerSecretInEnvRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-secret-in-env", title: "Secret in ENV or ARG",
        summary: "ENV values and ARG defaults are stored in the image configuration and layer history, readable by anyone who can pull the image.",
        kind: .configuration, severity: .high, cwe: [798, 538], owasp: ["A07:2021", "CIS-DOCKER-4.10"],
        remediation: "Pass secrets at build time with `RUN --mount=type=secret` and at run time from the orchestrator's secret store.",
        triggeringExamples: [dockerExample("FROM alpine:3.20\nENV LOG_LEVEL=info ↓DB_PASSWORD=\"Hx7-notreal-pW9z\"\nARG ↓NPM_TOKEN=npm-notreal-Hx7k2\nENV ↓API_KEY notreal-Hx7k2Lq\n")],
        nonTriggeringExamples: [dockerExample("FROM alpine:3.20\nARG NPM_TOKEN\nENV DB_PASSWORD_FILE=/run/secrets/db\nENV DB_PASSWORD=${DB_PASSWORD}\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        for instruction in dockerfile.instructions where instruction.keyword == "ENV" || instruction.keyword == "ARG" {
            let words = instruction.words
            var pairs: [(String, String)] = []
            if let first = words.first, !first.hasBytes("=") {
                // Legacy form `ENV KEY value with spaces`.
                if instruction.keyword == "ENV", words.count >= 2 { pairs.append((first, words.dropFirst().joined(separator: " "))) }
            } else {
                for word in words {
                    guard let equals = word.firstIndex(of: "=") else { continue }
                    pairs.append((String(word[..<equals]), String(word[word.index(after: equals)...])))
                }
            }
            for (key, value) in pairs where CredentialName.isCredential(key) && CredentialName.isLiteralSecret(value) {
                let place = instruction.locate(key) ?? (instruction.line, instruction.column)
                issues.add(ConfigIssue(line: place.line, column: place.column, detail: key, secret: value.trimming("\"'")))
            }
        }
    }
}
