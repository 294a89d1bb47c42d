import Foundation

/// Where a project stands on one requirement.
public enum RequirementStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not-started"
    case implemented
    case verified
    /// Does not apply to this project; always carries a justification.
    case notApplicable = "not-applicable"
}

/// A status a person set, with who, when and why, as recorded in `ward.yml` or by the platform.
public struct RequirementStatusRecord: Codable, Sendable, Hashable {
    public var status: RequirementStatus
    public var by: String
    public var at: Date
    /// Why; required for `not-applicable`.
    public var justification: String?

    public init(status: RequirementStatus, by: String, at: Date, justification: String? = nil) {
        self.status = status
        self.by = by
        self.at = at
        self.justification = justification
    }
}
