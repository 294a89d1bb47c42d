import WardCore
import WardMatch

/// A secret or sensitive-data rule: a self-describing value carrying its pattern, its filters and
/// its own examples, which the generic rule test runs.
public struct SecretRule: Sendable {
    public var description: RuleDescription
    /// PCRE2 / Vectorscan syntax, matched on bytes. Put `(?i)` inside the pattern for case-insensitivity.
    public var pattern: String
    /// Lowercase literals of which at least one occurs in every match (documentation, and the
    /// prefilter when Vectorscan cannot compile the pattern).
    public var keywords: [String]
    /// Capture group holding the secret; 0 for the whole match.
    public var secretGroup: Int
    /// Minimum Shannon entropy (bits per byte) of the secret.
    public var entropy: Double?
    public var window: PatternSpec.Window
    /// When not empty, the rule applies only to files matching one of these.
    public var paths: [PathPattern]
    /// Reject obvious placeholders (`changeme`, `${VAR}`, `<token>`, `xxxx`, …).
    public var filtersPlaceholders: Bool
    /// A check the secret must pass, e.g. a checksum.
    public var validator: (@Sendable ([UInt8]) -> Bool)?
    /// Allowlist entries specific to this rule (from a gitleaks configuration, say).
    public var allowlists: [SecretAllowlist]
    /// Lower values lose when two rules report overlapping secrets (generic rules are 0).
    public var priority: Int

    public init(
        id: String, title: String, summary: String, severity: Severity, confidence: Confidence = .high,
        cwe: [Int] = [798], remediation: String, tags: [String] = [], references: [String] = [],
        keywords: [String], pattern: String, secretGroup: Int = 1, entropy: Double? = nil,
        window: PatternSpec.Window = .lines(3), paths: [String] = [], filtersPlaceholders: Bool = false,
        validator: (@Sendable ([UInt8]) -> Bool)? = nil, priority: Int = 10,
        triggering: [Example], nonTriggering: [Example] = []
    ) {
        description = RuleDescription(
            id: id, title: title, summary: summary, kind: .secret, severity: severity, confidence: confidence,
            cwe: cwe, remediation: remediation, tags: tags, references: references,
            triggeringExamples: triggering, nonTriggeringExamples: nonTriggering)
        self.pattern = pattern
        self.keywords = keywords
        self.secretGroup = secretGroup
        self.entropy = entropy
        self.window = window
        self.paths = paths.map(PathPattern.init)
        self.filtersPlaceholders = filtersPlaceholders
        self.validator = validator
        self.allowlists = []
        self.priority = priority
    }

    public var id: String { description.id }

    /// Whether the rule applies to a file at `path` (rules without paths apply everywhere).
    public func applies(to path: String) -> Bool {
        paths.isEmpty || paths.contains { $0.matches(relativePath: path) }
    }
}

/// Remediation wording shared by credential rules, so each rule only adds what is specific to it.
public enum Remediation {
    public static func rotate(_ what: String, where console: String) -> String {
        "Revoke or rotate the \(what) now in \(console): once committed it must be treated as public, even "
            + "after the line is removed, because it stays in history and in every clone. Then load it at run "
            + "time from a secret manager or the CI's protected variables instead of the source tree."
    }
}
