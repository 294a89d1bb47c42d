import Foundation
import SQLKit
import WardCore
import WardGovern

/// One gate evaluation: the scan judged, the decision, and the baseline that judged it (nil: the default gate).
public struct GateEvaluation: Sendable {
    public var scan: ScanRecord?
    public var decision: GateDecision
    public var baseline: SecurityBaseline?
    public var tier: RiskTier
}

extension ProjectRecord {
    /// The baseline that applies: nil without a choice (the platform's default gate), the catalog's pick for
    /// `auto`, or the named one. A choice the catalog no longer knows applies none.
    public var baseline: SecurityBaseline? {
        guard let choice = baselineChoice else { return nil }
        return try? PlatformStore.baselineCatalog.baseline(for: profile, choice: choice == PlatformStore.automaticBaseline ? nil : choice)
    }
}

extension PlatformStore {
    /// The baselines projects can choose from: the built-in templates.
    public static let baselineCatalog: BaselineCatalog = {
        if let catalog = try? BaselineCatalog.builtIn() { return catalog }
        // The built-in templates are checked by WardGovernTests; an empty catalog (no duplicates, cannot throw) only keeps a broken build serving.
        return try! BaselineCatalog([])
    }()

    /// The choice that lets the catalog pick the baseline by risk tier and platform.
    public static let automaticBaseline = "auto"

    /// Refuses a baseline choice the catalog does not know; nil and `auto` are always valid.
    public static func validateBaselineChoice(_ choice: String?) throws {
        guard let choice, choice != automaticBaseline else { return }
        guard baselineCatalog.baseline(named: choice) != nil else {
            let known = Set(baselineCatalog.baselines.map(\.id)).sorted().joined(separator: ", ")
            throw StoreError.invalid("baseline: '\(choice)' is not in the catalog; choose auto or one of: \(known)")
        }
    }

    /// Judges `scanID` (or the project's latest scan) by the baseline that applies, or by `policy` when none does,
    /// and records the evaluation as a `gate.evaluate` event (to `pass` or `fail`): maturity counts them.
    /// `failOn` overrides the severity of new findings that fail; `release` checks each-release activities.
    public func evaluateGate(
        project: ProjectRecord, scanID: Int?, failOn: Severity? = nil, release: Bool = false, actor: Actor
    ) async throws -> GateEvaluation {
        var evaluation: GateEvaluation
        if var baseline = project.baseline {
            if let failOn { baseline.gate.failOnNew = failOn }
            let (scan, evidence) = try await baselineEvidence(project: project, scanID: scanID, release: release, baseline: baseline)
            evaluation = GateEvaluation(scan: scan, decision: BaselineEvaluator.evaluate(baseline, evidence), baseline: baseline, tier: project.profile.riskTier)
        } else {
            var policy = GatePolicy.default
            if let failOn { policy.failOnNew = failOn }
            let (scan, decision) = try await gate(projectID: project.id, scanID: scanID, policy: policy)
            evaluation = GateEvaluation(scan: scan, decision: decision, baseline: nil, tier: project.profile.riskTier)
        }
        let event = Event(
            actor: actor, action: "gate.evaluate", projectID: project.id, scanID: evaluation.scan?.id,
            to: evaluation.decision.pass ? "pass" : "fail", reason: evaluation.baseline?.reference ?? "default gate")
        try await database.transaction { db in try await self.record(db, event) }
        return evaluation
    }

    /// What a baseline judges, from the store: the project's open findings (those the scan created or reopened marked
    /// new), the kinds scanned on the scan's branch in the 24 hours up to it (a pipeline uploads one report per tool),
    /// the components of the scan's dependency and container findings, and when each activity was last done.
    func baselineEvidence(
        project: ProjectRecord, scanID: Int?, release: Bool, baseline: SecurityBaseline
    ) async throws -> (ScanRecord?, BaselineEvidence) {
        let now = self.now
        return try await database.withConnection { db in
            let scan = try await self.scan(db, where: scanID.map { "s.id = \(bind: $0) AND s.project_id = \(bind: project.id)" }
                ?? "s.id = (SELECT MAX(id) FROM scans WHERE project_id = \(bind: project.id))")
            if let scanID, scan == nil { throw StoreError.notFound("no scan \(scanID) in this project") }
            var newIDs: Set<Int> = []
            var kinds: Set<FindingKind> = []
            var components: [BaselineEvidence.Component] = []
            if let scan {
                for row in try await db.raw("""
                    SELECT DISTINCT e.finding_id FROM events e WHERE e.scan_id = \(bind: scan.id)
                    AND (e.action = 'finding.create' OR e.to_state = 'reopened') AND e.finding_id IS NOT NULL
                    """).all() {
                    newIDs.insert(try row.int("finding_id"))
                }
                let since = scan.receivedAt.epoch - 86_400
                for row in try await db.raw("""
                    SELECT kinds FROM scans WHERE project_id = \(bind: project.id) AND branch = \(bind: scan.branch)
                    AND received_at >= \(bind: since) AND id <= \(bind: scan.id)
                    """).all() {
                    kinds.formUnion(DelimitedList.decode(try row.string("kinds")).compactMap(FindingKind.init(rawValue:)))
                }
                for row in try await db.raw("""
                    SELECT DISTINCT f.purl, COALESCE(o.path, f.path) AS path FROM occurrences o JOIN findings f ON f.id = o.finding_id
                    WHERE o.scan_id = \(bind: scan.id) AND f.purl IS NOT NULL AND f.kind IN ('dependency', 'container')
                    ORDER BY f.purl
                    """).all() {
                    components.append(.init(purl: try row.string("purl"), path: try row.optionalString("path") ?? "the project"))
                }
            }
            let findings = try await self.activeGovernanceFindings(db, projectID: project.id, newIDs: newIDs)
            var activities: [String: Date] = [:]
            for activity in baseline.activities {
                if let last = try await self.lastDone(db, activity: activity.name, projectID: project.id, at: now) {
                    activities[activity.name] = last
                }
            }
            var thisRun: Set<String> = []
            if kinds.contains(.dependency) { thisRun.insert("sbom") }
            if kinds.contains(.dynamic) { thisRun.insert("dast") }
            let evidence = BaselineEvidence(
                findings: findings, kindsScanned: kinds, components: components, activities: activities, isRelease: release,
                activitiesThisRun: thisRun, now: now)
            return (scan, evidence)
        }
    }

    /// Attestations that stand for a baseline activity besides one named after it.
    static let attestationsForActivity: [String: [String]] = [
        "penetration-test": ["penetration-test", "testing-penetration-test"],
        "threat-model-review": ["threat-model-review", "design-architecture-review"],
    ]

    /// When a baseline activity was last done: SBOMs by dependency scans, DAST by dynamic scans, threat model reviews by
    /// the stored model's review date, anything else by an unexpired attestation of that activity.
    func lastDone(_ db: any SQLDatabase, activity: String, projectID: Int, at now: Date) async throws -> Date? {
        var dates: [Date] = []
        let scanKind: FindingKind? = switch activity {
        case "sbom": .dependency
        case "dast": .dynamic
        default: nil
        }
        if let scanKind, let last = try await lastScans(db, projectID: projectID)[scanKind] { dates.append(last) }
        if activity == "threat-model-review", let row = try await db.raw("SELECT reviewed_at FROM threat_models WHERE project_id = \(bind: projectID)").first(),
           let reviewed = try row.optionalDate("reviewed_at") {
            dates.append(reviewed)
        }
        let names = Self.attestationsForActivity[activity] ?? [activity]
        if let row = try await db.raw("""
            SELECT MAX(attested_at) AS at FROM attestations WHERE project_id = \(bind: projectID) AND activity IN (\(binds: names))
            AND expires_at > \(bind: now.epoch)
            """).first(), let at = try row.optionalDate("at") {
            dates.append(at)
        }
        return dates.max()
    }

    /// When a scan of each kind last reached the platform for the project.
    func lastScans(_ db: any SQLDatabase, projectID: Int) async throws -> [FindingKind: Date] {
        var last: [FindingKind: Date] = [:]
        for row in try await db.raw("SELECT kinds, MAX(received_at) AS at FROM scans WHERE project_id = \(bind: projectID) GROUP BY kinds").all() {
            let at = try row.date("at")
            for kind in DelimitedList.decode(try row.string("kinds")).compactMap(FindingKind.init(rawValue:)) {
                last[kind] = max(last[kind] ?? at, at)
            }
        }
        return last
    }

    /// The project's findings still to be fixed, as governance sees them; `newIDs` are marked new.
    func activeGovernanceFindings(_ db: any SQLDatabase, projectID: Int, newIDs: Set<Int> = []) async throws -> [GovernanceFinding] {
        try await db.raw("""
            SELECT f.id, f.rule_id, f.kind, f.severity, f.cwe, f.path, f.purl, f.first_seen_at FROM findings f
            WHERE f.project_id = \(bind: projectID) AND f.state IN ('open', 'confirmed', 'reopened') ORDER BY f.id
            """).all().map { row in
            GovernanceFinding(
                ruleId: try row.string("rule_id"), kind: FindingKind(rawValue: try row.string("kind")) ?? .code,
                severity: Severity(rawValue: try row.string("severity")) ?? .medium,
                cwe: DelimitedList.decode(try row.string("cwe")).compactMap { Int($0) }, path: try row.optionalString("path"),
                purl: try row.optionalString("purl"), firstSeen: try row.date("first_seen_at"), isNew: newIDs.contains(try row.int("id")))
        }
    }
}
