import Foundation
import WardCore

/// Turns people's status records and scan evidence into each applicable requirement's effective
/// status.
///
/// A requirement with an evidence rule is `verified` when its scan kind covered the project within
/// the allowed age and no open finding contradicts it. When evidence is missing, stale or
/// contradicted, the person's record stands but never above `implemented`: a claim is not proof.
/// `not-applicable` always needs a justification; without one it counts as not started.
public struct RequirementStatusEvaluator: Sendable {
    public var library: RequirementLibrary

    public init(library: RequirementLibrary = .builtIn) {
        self.library = library
    }

    /// The effective status of every requirement applicable to `profile`, in id order.
    public func evaluate(
        profile: ProjectProfile, records: [String: RequirementStatusRecord], evidence: RequirementEvidence
    ) -> [EffectiveRequirementStatus] {
        library.applicable(to: profile).map { requirement in
            evaluate(requirement, record: records[requirement.id], evidence: evidence)
        }
    }

    /// The effective status of one requirement.
    public func evaluate(
        _ requirement: SecurityRequirement, record: RequirementStatusRecord?, evidence: RequirementEvidence
    ) -> EffectiveRequirementStatus {
        func result(_ status: RequirementStatus, _ reason: String) -> EffectiveRequirementStatus {
            EffectiveRequirementStatus(requirement: requirement, status: status, reason: reason, record: record)
        }
        if let record, record.status == .notApplicable {
            guard let why = record.justification?.trimmingCharacters(in: .whitespacesAndNewlines), !why.isEmpty else {
                return result(.notStarted, "not-started: marked not-applicable by \(record.by) without a justification")
            }
            return result(.notApplicable, "not-applicable (\(record.by), \(GovernanceDate.format(record.at))): \(why)")
        }
        let claimed = record.map { "\($0.status.rawValue) per \($0.by) on \(GovernanceDate.format($0.at))" }
        guard let rule = requirement.evidence else {
            guard let record, let claimed else { return result(.notStarted, "not-started: no status recorded") }
            return result(record.status, claimed + (record.justification.map { ": \($0)" } ?? ""))
        }
        let fallback: RequirementStatus = record.map { $0.status == .verified ? .implemented : $0.status } ?? .notStarted
        let fallbackText = claimed.map { "\(fallback.rawValue) (\($0))" } ?? "\(fallback.rawValue)"
        guard let scanned = evidence.lastScan[rule.scan] else {
            return result(fallback, "\(fallbackText): no \(rule.scan.rawValue) scan has covered the project")
        }
        let age = max(0, Int(evidence.now.timeIntervalSince(scanned) / 86_400))
        guard age <= rule.maxAgeDays else {
            return result(
                fallback,
                "\(fallbackText): the last \(rule.scan.rawValue) scan (\(GovernanceDate.format(scanned))) is \(age) days old; verification needs one within \(rule.maxAgeDays) days")
        }
        let contradicting = evidence.openFindings.filter(rule.isContradicted(by:))
        if let first = contradicting.first {
            let place = first.path ?? first.purl ?? "the project"
            let more = contradicting.count > 1 ? " and \(contradicting.count - 1) more" : ""
            return result(
                fallback,
                "\(fallbackText): open \(first.severity.rawValue) finding \(first.ruleId) in \(place)\(more) contradicts it (\(rule.findingDescription))")
        }
        return result(
            .verified,
            "verified: \(rule.scan.rawValue) scan \(GovernanceDate.format(scanned)) covered the project, no open \(rule.findingDescription) finding")
    }
}
