import Foundation

/// A project's maturity at one date: a level per dimension, the overall level and what to do next.
public struct MaturityAssessment: Codable, Sendable, Hashable {
    public var project: String
    public var date: Date
    /// One entry per dimension, in `MaturityDimension.allCases` order.
    public var dimensions: [DimensionAssessment]
    /// The rounded-down mean of the dimension levels (see `MaturityAssessor`).
    public var overallLevel: Int

    public init(project: String, date: Date, dimensions: [DimensionAssessment], overallLevel: Int) {
        self.project = project
        self.date = date
        self.dimensions = dimensions
        self.overallLevel = overallLevel
    }

    public func level(_ dimension: MaturityDimension) -> Int {
        dimensions.first { $0.dimension == dimension }?.level ?? 0
    }
}

/// One dimension's level, every activity's outcome, and the activities missing for the next level.
public struct DimensionAssessment: Codable, Sendable, Hashable {
    public var dimension: MaturityDimension
    /// 0...5: the highest level whose activities, and all below, are met.
    public var level: Int
    public var outcomes: [ActivityOutcome]

    public init(dimension: MaturityDimension, level: Int, outcomes: [ActivityOutcome]) {
        self.dimension = dimension
        self.level = level
        self.outcomes = outcomes
    }

    /// The unmet activities of the next level; empty at the top level.
    public var toReachNextLevel: [ActivityOutcome] {
        outcomes.filter { $0.level == level + 1 && !$0.met }
    }
}

/// Whether one activity is met, and the evidence that would satisfy it.
public struct ActivityOutcome: Codable, Sendable, Hashable {
    public var activityId: String
    public var title: String
    public var level: Int
    public var met: Bool
    /// Whether a person attests the activity rather than the platform computing it.
    public var attested: Bool
    /// What evidence satisfies the activity.
    public var howToSatisfy: String

    public init(activityId: String, title: String, level: Int, met: Bool, attested: Bool, howToSatisfy: String) {
        self.activityId = activityId
        self.title = title
        self.level = level
        self.met = met
        self.attested = attested
        self.howToSatisfy = howToSatisfy
    }
}
