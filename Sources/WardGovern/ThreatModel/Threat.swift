import WardCore

/// A threat the analyzer found in a model: which rule, which elements, and what to do about it.
public struct Threat: Codable, Sendable, Hashable {
    public var ruleId: String
    public var category: StrideCategory
    public var severity: Severity
    public var title: String
    public var message: String
    public var cwe: [Int]
    /// The elements involved; the first one is where the threat is reported.
    public var affected: [ModelElementReference]
    public var mitigations: [String]
    public var requirements: [String]

    public init(rule: ThreatRuleDescription, hit: ThreatHit) {
        ruleId = rule.id
        category = rule.category
        severity = rule.severity
        title = rule.title
        message = hit.message
        cwe = rule.cwe
        affected = hit.affected
        mitigations = rule.mitigations
        requirements = rule.requirements
    }

    /// Line of the first affected element (1 when the threat is about the model as a whole).
    public var line: Int { max(affected.first?.line ?? 1, 1) }

    /// Rule id and affected element ids; lines are left out so that moving text keeps the identity.
    public func fingerprint(path: String) -> String {
        Fingerprint.make(ruleId: ruleId, path: path, content: affected.map { "\($0.kind.rawValue):\($0.id)" }.joined(separator: " "))
    }

    /// The threat as a `design` finding located at its first affected element in `path`.
    public func finding(path: String) -> Finding {
        Finding(
            ruleId: ruleId, kind: .design, severity: severity, confidence: .medium, title: title, message: message, cwe: cwe,
            location: Location(path: path, startLine: line, startColumn: 1, endLine: line, endColumn: 1),
            remediation: mitigations.joined(separator: " "),
            tags: ["stride:\(category.rawValue)"] + requirements.map { "requirement:\($0)" },
            fingerprint: fingerprint(path: path))
    }
}
