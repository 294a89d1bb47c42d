import Foundation

/// A person's statement that an activity is in place, for practices the platform cannot observe.
public struct Attestation: Codable, Sendable, Hashable {
    public var activityId: String
    public var project: String
    /// Who attests (a name or account), kept for the audit trail.
    public var attestedBy: String
    public var attestedAt: Date
    /// Where the proof lives: a training record, drill report or ticket.
    public var evidenceLink: String
    public var expiresAt: Date

    public init(activityId: String, project: String, attestedBy: String, attestedAt: Date, evidenceLink: String, expiresAt: Date) {
        self.activityId = activityId
        self.project = project
        self.attestedBy = attestedBy
        self.attestedAt = attestedAt
        self.evidenceLink = evidenceLink
        self.expiresAt = expiresAt
    }

    /// Counts at `date` when made by someone, backed by a link, already made and not yet expired.
    public func isValid(at date: Date) -> Bool {
        !attestedBy.isEmpty && !evidenceLink.isEmpty && attestedAt <= date && date < expiresAt
    }
}
