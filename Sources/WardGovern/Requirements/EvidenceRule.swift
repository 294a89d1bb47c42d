import WardCore

/// What scan evidence verifies a requirement: a recent scan of one kind, and no open finding that
/// contradicts the requirement.
public struct EvidenceRule: Codable, Sendable, Hashable {
    /// The scan kind that must have covered the project.
    public var scan: FindingKind
    /// How old that scan may be, in days.
    public var maxAgeDays: Int
    /// Open findings with any of these CWE ids contradict the requirement.
    public var cwe: [Int]
    /// Open findings from any of these rules contradict the requirement.
    public var ruleIds: [String]
    /// When set, any open finding of this kind at or above `minimumSeverity` contradicts it.
    public var kind: FindingKind?
    /// The lowest severity that counts; nil counts every severity.
    public var minimumSeverity: Severity?

    public init(
        scan: FindingKind, maxAgeDays: Int = 30, cwe: [Int] = [], ruleIds: [String] = [], kind: FindingKind? = nil,
        minimumSeverity: Severity? = nil
    ) {
        self.scan = scan
        self.maxAgeDays = maxAgeDays
        self.cwe = cwe
        self.ruleIds = ruleIds
        self.kind = kind
        self.minimumSeverity = minimumSeverity
    }

    /// Whether an open finding contradicts the requirement.
    public func isContradicted(by finding: GovernanceFinding) -> Bool {
        if let minimumSeverity, finding.severity < minimumSeverity { return false }
        if let kind, finding.kind == kind { return true }
        if !ruleIds.isEmpty, ruleIds.contains(finding.ruleId) { return true }
        return finding.cwe.contains { cwe.contains($0) }
    }

    /// What the rule looks for, in words: "CWE-798 or CWE-259", "critical dependency".
    public var findingDescription: String {
        var parts: [String] = cwe.map { "CWE-\($0)" } + ruleIds
        if let kind {
            parts.append([minimumSeverity.map { "\($0.rawValue)+" }, kind.rawValue].compactMap { $0 }.joined(separator: " "))
        }
        return parts.joined(separator: " or ")
    }
}
