import WardCore
import WardMatch

/// The rules and allowlists a scan runs with: the built-in rules shaped by `ward.yml`
/// (disabled rules, severity overrides, personal data on or off), plus custom rules and the rules
/// of a gitleaks configuration when one is given.
public struct SecretRuleSelection: Sendable {
    public var rules: [SecretRule]
    public var allowlists: [SecretAllowlist]
    /// Settings that named rules that do not exist, and similar slips worth telling the user.
    public var warnings: [ScanWarning]

    /// Imported gitleaks rules lose to Ward's own rule when both report the same secret.
    static let importedPriority = 5

    public init(
        settings: SecretsSettings, configuration: ProjectConfiguration? = nil, builtIn: [SecretRule] = SecretRules.builtIn,
        imported: ImportedRules? = nil
    ) throws(InputError) {
        let file = configuration?.path
        func line(_ keyPath: String) -> Int? { configuration?.line(of: keyPath) }
        var warnings: [ScanWarning] = []
        var rules = builtIn
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

        if let imported {
            for var rule in imported.rules {
                guard !rules.contains(where: { $0.id == rule.id }) else {
                    warnings.append(ScanWarning(path: imported.path, message: "imported rule '\(rule.id)' has the id of a Ward rule; Ward's rule is used"))
                    continue
                }
                rule.priority = rule.id.contains("generic") ? 0 : Self.importedPriority
                rules.append(rule)
            }
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

        var allowlists = imported?.allowlists ?? []
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

    /// Rules and allowlists read from another tool's configuration (a gitleaks TOML file).
    public struct ImportedRules: Sendable {
        public var path: String
        public var rules: [SecretRule]
        public var allowlists: [SecretAllowlist]

        public init(path: String, rules: [SecretRule], allowlists: [SecretAllowlist]) {
            self.path = path
            self.rules = rules
            self.allowlists = allowlists
        }
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
