import Foundation
import WardCore

/// Judges one pipeline run against a baseline; every reason says what to do about it.
///
/// Reasons come in a fixed order: missing scans, new findings, findings past their maximum age,
/// banned components, overdue activities.
public enum BaselineEvaluator {
    public static func evaluate(_ baseline: SecurityBaseline, _ evidence: BaselineEvidence) -> GateDecision {
        let name = "the baseline '\(baseline.reference)'"
        var reasons: [String] = []
        let missing = baseline.requiredScans.filter { !evidence.kindsScanned.contains($0) }
        if !missing.isEmpty {
            let required = baseline.requiredScans.map(\.rawValue).joined(separator: ", ")
            reasons.append("no \(missing.map(\.rawValue).joined(separator: " or ")) scan in this pipeline: \(name) requires \(required)")
        }
        reasons += newFindingReasons(baseline, evidence, name: name)
        reasons += ageReasons(baseline, evidence)
        reasons += bannedReasons(baseline, evidence)
        reasons += activityReasons(baseline, evidence, name: name)
        return GateDecision(pass: reasons.isEmpty, reasons: reasons)
    }

    static func newFindingReasons(_ baseline: SecurityBaseline, _ evidence: BaselineEvidence, name: String) -> [String] {
        guard let threshold = baseline.gate.failOnNew else { return [] }
        var reasons: [String] = []
        for severity in Severity.allCases.reversed() where severity >= threshold {
            let found = evidence.findings.filter { $0.isNew && $0.severity == severity }
            guard !found.isEmpty else { continue }
            let places = Array(Set(found.map { $0.path ?? $0.purl ?? "the project" })).sorted()
            let shown = places.prefix(3).joined(separator: ", ") + (places.count > 3 ? " and \(places.count - 3) more" : "")
            let plural = found.count == 1 ? "" : "s"
            reasons.append(
                "\(found.count) new \(severity.rawValue) finding\(plural) in \(shown): fix or triage \(found.count == 1 ? "it" : "them"); \(name) fails on new \(threshold.rawValue) or worse")
        }
        return reasons
    }

    /// The most days an open finding of `severity` may wait: the smallest limit set for its
    /// severity or any milder one, so a rule for high also bounds critical.
    static func maximumAge(for severity: Severity, in gate: BaselineGate) -> Int? {
        gate.maxAge.filter { $0.key <= severity }.values.min()
    }

    static func ageReasons(_ baseline: SecurityBaseline, _ evidence: BaselineEvidence) -> [String] {
        let sorted = evidence.findings.sorted { ($1.severity, $0.firstSeen, $0.ruleId) < ($0.severity, $1.firstSeen, $1.ruleId) }
        return sorted.compactMap { finding in
            guard let limit = maximumAge(for: finding.severity, in: baseline.gate) else { return nil }
            let age = finding.ageInDays(at: evidence.now)
            guard age > limit else { return nil }
            let place = finding.path ?? finding.purl ?? "the project"
            return "\(finding.severity.rawValue) finding \(finding.ruleId) in \(place) is \(age) days old; the baseline allows \(limit)"
        }
    }

    static func bannedReasons(_ baseline: SecurityBaseline, _ evidence: BaselineEvidence) -> [String] {
        var reasons: [String] = []
        for component in evidence.components {
            guard let purl = PackageURL(component.purl) else { continue }
            for banned in baseline.bannedComponents where banned.matches(purl) {
                reasons.append("banned component \(purl) in \(component.path): \(banned.reason)")
            }
        }
        return reasons
    }

    static func activityReasons(_ baseline: SecurityBaseline, _ evidence: BaselineEvidence, name: String) -> [String] {
        baseline.activities.compactMap { activity in
            switch activity.cadence {
            case .eachRelease:
                guard evidence.isRelease, !evidence.activitiesThisRun.contains(activity.name) else { return nil }
                return "\(activity.name) was not done in this release pipeline: \(name) requires it for each release"
            case .withinDays(let days):
                if evidence.activitiesThisRun.contains(activity.name) { return nil }
                guard let last = evidence.activities[activity.name] else {
                    return "\(activity.name) has never been recorded: \(name) requires it every \(days) days"
                }
                let age = max(0, Int(evidence.now.timeIntervalSince(last) / 86_400))
                guard age > days else { return nil }
                return "\(activity.name) was last done \(GovernanceDate.format(last)) (\(age) days ago): \(name) requires it every \(days) days"
            }
        }
    }
}
