import Foundation
import WardCore

/// A finding as governance sees it: enough to decide gates and requirement status, no store types.
public struct GovernanceFinding: Codable, Sendable, Hashable {
    public var ruleId: String
    public var kind: FindingKind
    public var severity: Severity
    public var cwe: [Int]
    /// The file it is in, when it has one.
    public var path: String?
    /// The component's package-url, for dependency and container findings.
    public var purl: String?
    /// When it was first seen; its age is measured from here.
    public var firstSeen: Date
    /// New in this scan (or reopened), as opposed to already known.
    public var isNew: Bool

    public init(
        ruleId: String, kind: FindingKind, severity: Severity, cwe: [Int] = [], path: String? = nil, purl: String? = nil,
        firstSeen: Date, isNew: Bool = false
    ) {
        self.ruleId = ruleId
        self.kind = kind
        self.severity = severity
        self.cwe = cwe
        self.path = path
        self.purl = purl
        self.firstSeen = firstSeen
        self.isNew = isNew
    }

    /// Whole days between first seen and `now`.
    public func ageInDays(at now: Date) -> Int {
        max(0, Int(now.timeIntervalSince(firstSeen) / 86_400))
    }

    /// Takes what governance needs from a Ward finding; `firstSeen` and `isNew` come from the store.
    public init(_ finding: Finding, firstSeen: Date, isNew: Bool) {
        self.init(
            ruleId: finding.ruleId, kind: finding.kind, severity: finding.severity, cwe: finding.cwe,
            path: finding.location?.path, purl: finding.component?.purl, firstSeen: firstSeen, isNew: isNew)
    }
}
