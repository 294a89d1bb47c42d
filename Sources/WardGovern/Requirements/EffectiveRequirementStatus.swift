/// One applicable requirement's status after evidence is weighed, with the reason in words.
public struct EffectiveRequirementStatus: Sendable, Hashable {
    public var requirement: SecurityRequirement
    public var status: RequirementStatus
    /// Why, e.g. "verified: secret scan 2026-11-20 covered the project, no open CWE-798 finding".
    public var reason: String
    /// The person's record, when there is one.
    public var record: RequirementStatusRecord?

    public init(requirement: SecurityRequirement, status: RequirementStatus, reason: String, record: RequirementStatusRecord?) {
        self.requirement = requirement
        self.status = status
        self.reason = reason
        self.record = record
    }
}
