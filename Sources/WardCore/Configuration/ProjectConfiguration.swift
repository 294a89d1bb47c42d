/// The contents of a project's `ward.yml`, found at the scan root. Every section is optional;
/// unknown keys are errors, so a typo never silently turns a setting off.
public struct ProjectConfiguration: Sendable, Equatable {
    public static let fileName = "ward.yml"

    public var scan = ScanSettings()
    public var secrets = SecretsSettings()
    public var components = ComponentSettings()
    public var code = CodeSettings()
    public var configurationChecks = ConfigurationCheckSettings()
    /// The file it was read from, for error messages; nil for defaults.
    public var path: String?
    /// Line of each key path (`secrets.rules.0.pattern`) in the file, for pointing errors at lines.
    public var lines: [String: Int] = [:]

    public init() {}

    public func line(of keyPath: String) -> Int? { lines[keyPath] }
}

/// `scan:` — what to walk and when to fail.
public struct ScanSettings: Sendable, Equatable {
    public var include: [String] = []
    public var exclude: [String] = []
    public var maxFileSize: Int?
    public var gitignore: Bool?
    public var failOn: Severity?
    public var baseline: String?

    public init() {}
}

/// `secrets:` — which secret and sensitive-data rules run, and what they may ignore.
public struct SecretsSettings: Sendable, Equatable {
    /// Run the personal-data rules (cards, identity numbers, IBAN, phone numbers); on by default.
    public var personalData: Bool = true
    public var disabledRules: [String] = []
    public var severity: [String: Severity] = [:]
    public var allowlist = AllowlistSettings()
    public var gitleaksConfig: String?
    public var rules: [CustomSecretRuleSettings] = []

    public init() {}
}

/// `secrets.allowlist:` — matches to leave out everywhere.
public struct AllowlistSettings: Sendable, Equatable {
    /// Globs relative to the scan root (`test/fixtures/**`).
    public var paths: [String] = []
    /// PCRE2 patterns matched against `regexTarget`.
    public var regexes: [String] = []
    /// `secret` (default), `match` or `line`.
    public var regexTarget: String = "secret"
    public var stopwords: [String] = []
    public var commits: [String] = []

    public init() {}
}

/// One custom rule under `secrets.rules:`.
public struct CustomSecretRuleSettings: Sendable, Equatable {
    public var id: String
    public var title: String
    public var pattern: String
    public var keywords: [String] = []
    public var severity: Severity = .high
    public var secretGroup: Int?
    public var entropy: Double?
    public var paths: [String] = []
    public var summary: String?
    public var remediation: String?
    public var triggeringExamples: [String] = []
    public var nonTriggeringExamples: [String] = []

    public init(id: String, title: String, pattern: String) {
        self.id = id
        self.title = title
        self.pattern = pattern
    }
}
