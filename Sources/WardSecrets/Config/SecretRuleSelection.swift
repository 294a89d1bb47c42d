import WardCore
import WardMatch

/// The rules and allowlists a scan runs with: the built-in rules shaped by `ward.yml`
/// (disabled rules, severity overrides, personal data on or off), plus custom rules.
///
/// A gitleaks configuration decides the credential rules as gitleaks would: with `[extend]
/// useDefault` Ward's built-in rules play the part of gitleaks' defaults and the file's rules are
/// added; without it only the file's rules run. Ward's personal-data rules, which gitleaks has no
/// counterpart for, stay under `secrets.personal-data` either way.
public struct SecretRuleSelection: Sendable {
    public var rules: [SecretRule]
    public var allowlists: [SecretAllowlist]
    /// Settings that named rules that do not exist, and similar slips worth telling the user.
    public var warnings: [ScanWarning]

    /// Imported gitleaks rules lose to Ward's own rule when both report the same secret.
    static let importedPriority = 5

    public init(
        settings: SecretsSettings, configuration: ProjectConfiguration? = nil, builtIn: [SecretRule] = SecretRules.builtIn,
        gitleaks: GitleaksConfiguration? = nil
    ) throws(InputError) {
        let file = configuration?.path
        func line(_ keyPath: String) -> Int? { configuration?.line(of: keyPath) }
        var warnings: [ScanWarning] = []
        var rules = builtIn
        if let gitleaks {
            let imported = Set(gitleaks.rules.map(\.id))
            rules = gitleaks.rules(mergedWith: builtIn).map { rule in
                var rule = rule
                if imported.contains(rule.id) { rule.priority = rule.id.contains("generic") ? 0 : Self.importedPriority }
                return rule
            }
            if !gitleaks.extendsDefault { rules += builtIn.filter { $0.description.tags.contains("pii") } }
            warnings += gitleaks.warnings.map { ScanWarning(path: gitleaks.path, message: $0) }
        }
        if !settings.personalData { rules.removeAll { $0.description.tags.contains("pii") } }

        for (index, custom) in settings.rules.enumerated() {
            guard !rules.contains(where: { $0.id == custom.id }) else {
                throw InputError(path: file, line: line("secrets.rules.\(index).id"), "custom rule id '\(custom.id)' is already taken by a built-in rule")
            }
            do throws(PatternError) {
                let regex = try PCRE2Regex(custom.pattern)
                if let group = custom.secretGroup, group > regex.captureCount {
                    throw PatternError(pattern: custom.pattern, offset: nil, message: "secret-group \(group) but the pattern has \(regex.captureCount) groups")
                }
            } catch {
                throw InputError(path: file, line: line("secrets.rules.\(index).pattern"), "custom rule '\(custom.id)': \(error)")
            }
            rules.append(Self.rule(from: custom))
        }

        let known = Set(rules.map(\.id))
        for id in settings.disabledRules where !known.contains(id) {
            warnings.append(ScanWarning(path: file, line: line("secrets.disabled-rules"), message: "disabled rule '\(id)' does not exist"))
        }
        rules.removeAll { settings.disabledRules.contains($0.id) }
        for (id, severity) in settings.severity {
            guard let index = rules.firstIndex(where: { $0.id == id }) else {
                warnings.append(ScanWarning(path: file, line: line("secrets.severity.\(id)"), message: "severity set for unknown rule '\(id)'"))
                continue
            }
            rules[index].description.severity = severity
        }

        var allowlists = gitleaks?.allowlists ?? []
        let allow = settings.allowlist
        var regexes: [PCRE2Regex] = []
        for (index, pattern) in allow.regexes.enumerated() {
            do throws(PatternError) {
                regexes.append(try PCRE2Regex(pattern))
            } catch {
                throw InputError(path: file, line: line("secrets.allowlist.regexes") .map { $0 + index + 1 }, "allowlist regex: \(error)")
            }
        }
        allowlists.append(SecretAllowlist(
            description: "ward.yml", paths: allow.paths.map { .glob(PathPattern($0)) }, regexes: regexes,
            regexTarget: SecretAllowlist.Target(rawValue: allow.regexTarget) ?? .secret,
            stopwords: allow.stopwords, commits: Set(allow.commits)))

        self.rules = rules
        self.allowlists = allowlists
        self.warnings = warnings
    }

    static func rule(from custom: CustomSecretRuleSettings) -> SecretRule {
        SecretRule(
            id: custom.id, title: custom.title,
            summary: custom.summary ?? "Custom rule from ward.yml.",
            severity: custom.severity,
            remediation: custom.remediation ?? "Remove the value from the source tree and rotate it if it was ever valid.",
            tags: ["custom"], keywords: custom.keywords, pattern: custom.pattern,
            secretGroup: custom.secretGroup ?? 1, entropy: custom.entropy, paths: custom.paths,
            triggering: custom.triggeringExamples.map { Example($0) },
            nonTriggering: custom.nonTriggeringExamples.map { Example($0) })
    }
}
