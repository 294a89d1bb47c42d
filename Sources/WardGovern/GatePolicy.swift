import WardCore

/// When a pipeline must stop: new findings at or above a severity, or findings past their SLA.
public struct GatePolicy: Codable, Sendable, Hashable {
    /// New (or reopened) findings at or above this severity fail the gate; nil never fails on new findings.
    public var failOnNew: Severity?
    /// Overdue findings at or above this severity fail the gate; nil ignores SLAs.
    public var failOnOverdue: Severity?

    public init(failOnNew: Severity? = .high, failOnOverdue: Severity? = .critical) {
        self.failOnNew = failOnNew
        self.failOnOverdue = failOnOverdue
    }

    public static let `default` = GatePolicy()

    /// Decides from counts by severity; reasons say what to fix.
    public func evaluate(new: [Severity: Int], overdue: [Severity: Int]) -> GateDecision {
        var reasons: [String] = []
        if let threshold = failOnNew {
            for severity in Severity.allCases.reversed() where severity >= threshold {
                if let count = new[severity], count > 0 {
                    reasons.append("\(count) new \(severity.rawValue) finding\(count == 1 ? "" : "s") (the gate fails on new \(threshold.rawValue) or worse)")
                }
            }
        }
        if let threshold = failOnOverdue {
            for severity in Severity.allCases.reversed() where severity >= threshold {
                if let count = overdue[severity], count > 0 {
                    reasons.append("\(count) \(severity.rawValue) finding\(count == 1 ? " is" : "s are") past the SLA")
                }
            }
        }
        return GateDecision(pass: reasons.isEmpty, reasons: reasons)
    }
}

public struct GateDecision: Codable, Sendable, Hashable {
    public var pass: Bool
    public var reasons: [String]

    public init(pass: Bool, reasons: [String]) {
        self.pass = pass
        self.reasons = reasons
    }
}
