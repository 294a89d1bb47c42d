import Foundation
import WardCore

/// What one pipeline run shows, as a baseline judges it: findings, the kinds scanned, the
/// components shipped and when required activities were last done. Plain values, no store types.
public struct BaselineEvidence: Sendable, Hashable {
    /// One component found in the project, and the file that declares it.
    public struct Component: Sendable, Hashable {
        public var purl: String
        public var path: String

        public init(purl: String, path: String) {
            self.purl = purl
            self.path = path
        }
    }

    /// Open findings of this scan, new and already known.
    public var findings: [GovernanceFinding]
    /// The scan kinds this pipeline ran.
    public var kindsScanned: Set<FindingKind>
    public var components: [Component]
    /// When each activity was last done, by activity name.
    public var activities: [String: Date]
    /// Whether this pipeline produces a release; `each-release` activities are checked only then.
    public var isRelease: Bool
    /// Activities done in this pipeline run.
    public var activitiesThisRun: Set<String>
    /// The moment of judgement; ages are measured against it.
    public var now: Date

    public init(
        findings: [GovernanceFinding] = [], kindsScanned: Set<FindingKind> = [], components: [Component] = [],
        activities: [String: Date] = [:], isRelease: Bool = false, activitiesThisRun: Set<String> = [], now: Date
    ) {
        self.findings = findings
        self.kindsScanned = kindsScanned
        self.components = components
        self.activities = activities
        self.isRelease = isRelease
        self.activitiesThisRun = activitiesThisRun
        self.now = now
    }
}
