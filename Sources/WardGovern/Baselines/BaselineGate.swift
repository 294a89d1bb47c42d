import WardCore

/// A baseline's gate: which new findings stop the pipeline and how old open findings may get.
public struct BaselineGate: Sendable, Hashable {
    /// New findings at or above this severity fail; nil never fails on new findings.
    public var failOnNew: Severity?
    /// The most days an open finding of a severity may have been open, e.g. `[.critical: 7]`.
    public var maxAge: [Severity: Int]

    public init(failOnNew: Severity? = .high, maxAge: [Severity: Int] = [:]) {
        self.failOnNew = failOnNew
        self.maxAge = maxAge
    }

    /// The equivalent pipeline gate: new findings as here, overdue findings at the least severe
    /// severity that has a maximum age.
    public var gatePolicy: GatePolicy {
        GatePolicy(failOnNew: failOnNew, failOnOverdue: maxAge.keys.min())
    }
}
