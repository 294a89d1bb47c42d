import WardCore

/// Everything a reader (and the generic rule test) needs to know about a threat rule, carried by the rule.
public struct ThreatRuleDescription: Codable, Sendable, Hashable {
    /// Kebab-case identifier starting with `tm-`; never renamed, because fingerprints use it.
    public var id: String
    public var category: StrideCategory
    public var title: String
    public var severity: Severity
    public var cwe: [Int]
    /// What the threat is and why it matters.
    public var summary: String
    public var mitigations: [String]
    /// Ids of the security requirements (e.g. `WARD-AUTH-01`) that address the threat.
    public var requirements: [String]
    public var triggeringExamples: [ThreatExample]
    public var nonTriggeringExamples: [ThreatExample]

    public init(
        id: String, category: StrideCategory, title: String, severity: Severity, cwe: [Int], summary: String,
        mitigations: [String], requirements: [String], triggeringExamples: [ThreatExample],
        nonTriggeringExamples: [ThreatExample]
    ) {
        self.id = id
        self.category = category
        self.title = title
        self.severity = severity
        self.cwe = cwe
        self.summary = summary
        self.mitigations = mitigations
        self.requirements = requirements
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// A small model in YAML and the ids of the elements the rule must report on it, in report order.
public struct ThreatExample: Codable, Sendable, Hashable {
    public var yaml: String
    /// The first affected element id of each expected threat; empty for a non-triggering example.
    public var expected: [String]

    public init(_ yaml: String, expected: [String] = []) {
        self.yaml = yaml
        self.expected = expected
    }
}
