import Foundation
import WardCore

/// What the platform knows about a project when it judges requirement status: the latest scan of
/// each kind and the findings open now.
public struct RequirementEvidence: Sendable, Hashable {
    /// When each kind of scan last covered the project.
    public var lastScan: [FindingKind: Date]
    public var openFindings: [GovernanceFinding]
    /// The moment of judgement; scan ages are measured against it.
    public var now: Date

    public init(lastScan: [FindingKind: Date] = [:], openFindings: [GovernanceFinding] = [], now: Date) {
        self.lastScan = lastScan
        self.openFindings = openFindings
        self.now = now
    }
}
