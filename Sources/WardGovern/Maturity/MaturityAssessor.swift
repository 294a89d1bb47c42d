import Foundation

/// Scores a project against a maturity model from recorded evidence and attestations.
///
/// A dimension is at level N when every activity of levels 1...N is met; an unmet activity caps the
/// level below it even if higher ones are met, because higher practices rest on the lower ones. The
/// overall level is the rounded-down mean of the dimension levels: it rewards progress anywhere
/// (unlike the minimum, which one lagging dimension would pin) while never rounding a project up.
public struct MaturityAssessor: Sendable {
    public var model: MaturityModel

    public init(model: MaturityModel = .standard) {
        self.model = model
    }

    public func assess(_ evidence: MaturityEvidence, attestations: [Attestation], at date: Date) -> MaturityAssessment {
        let attested = Set(attestations.filter { $0.project == evidence.project && $0.isValid(at: date) }.map(\.activityId))
        let dimensions = MaturityDimension.allCases.map { dimension in
            let outcomes = model.activities(in: dimension).map { activity in
                ActivityOutcome(
                    activityId: activity.id, title: activity.title, level: activity.level,
                    met: isMet(activity, evidence: evidence, attested: attested, at: date), attested: activity.isAttested,
                    howToSatisfy: activity.howToSatisfy)
            }
            return DimensionAssessment(dimension: dimension, level: Self.level(of: outcomes), outcomes: outcomes)
        }
        let total = dimensions.reduce(0) { $0 + $1.level }
        let overall = dimensions.isEmpty ? 0 : total / dimensions.count
        return MaturityAssessment(project: evidence.project, date: date, dimensions: dimensions, overallLevel: overall)
    }

    public static func assess(_ evidence: MaturityEvidence, attestations: [Attestation], at date: Date) -> MaturityAssessment {
        MaturityAssessor().assess(evidence, attestations: attestations, at: date)
    }

    private func isMet(_ activity: MaturityActivity, evidence: MaturityEvidence, attested: Set<String>, at date: Date) -> Bool {
        switch activity.evidence {
        case .computed(let check): check.isMet(evidence, date)
        case .attested: attested.contains(activity.id)
        }
    }

    /// The highest level L such that every activity at levels 1...L is met.
    static func level(of outcomes: [ActivityOutcome]) -> Int {
        var level = 0
        while level < MaturityModel.maximumLevel {
            let next = outcomes.filter { $0.level == level + 1 }
            guard next.allSatisfy(\.met) else { break }
            level += 1
        }
        return level
    }
}

extension MaturityActivity {
    public var isAttested: Bool {
        if case .attested = evidence { return true }
        return false
    }
}
