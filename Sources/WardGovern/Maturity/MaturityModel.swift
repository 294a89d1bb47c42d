import WardCore

/// The set of activities maturity is assessed against: five levels in each dimension.
public struct MaturityModel: Sendable {
    public var activities: [MaturityActivity]

    public init(activities: [MaturityActivity]) {
        self.activities = activities
    }

    /// Ward's built-in model: one activity per level in each of the nine dimensions.
    public static let standard = MaturityModel(activities: engineeringActivities + operationsActivities)

    /// Levels run from 0 (nothing in place) to this.
    public static let maximumLevel = 5

    public func activities(in dimension: MaturityDimension) -> [MaturityActivity] {
        activities.filter { $0.dimension == dimension }.sorted { ($0.level, $0.id) < ($1.level, $1.id) }
    }

    public func activity(_ id: String) -> MaturityActivity? { activities.first { $0.id == id } }
}

// MARK: - Check builders shared by the catalogue

extension EvidenceCheck {
    static func scans(_ kind: FindingKind, atLeast count: Int, days: Int, name: String) -> EvidenceCheck {
        EvidenceCheck("At least \(count) \(name) scan\(count == 1 ? "" : "s") in the last \(days) days.") { evidence, _ in
            evidence.scans(kind, days: days) >= count
        }
    }

    static func ratio(_ label: String, atLeast minimum: Double, _ value: @escaping @Sendable (MaturityEvidence) -> Double?) -> EvidenceCheck {
        EvidenceCheck("\(label) of at least \(Int((minimum * 100).rounded()))%.") { evidence, _ in
            (value(evidence) ?? -1) >= minimum
        }
    }
}
