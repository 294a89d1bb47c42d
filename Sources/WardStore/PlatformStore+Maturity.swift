import Foundation
import SQLKit
import WardCore
import WardGovern

/// An attestation as the platform keeps it.
public struct AttestationRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var project: String
    public var activity: String
    public var attestedBy: String
    public var evidenceLink: String
    public var attestedAt: Date
    public var expiresAt: Date

    public var attestation: Attestation {
        Attestation(activityId: activity, project: project, attestedBy: attestedBy, attestedAt: attestedAt, evidenceLink: evidenceLink, expiresAt: expiresAt)
    }
}

/// One day's maturity of a project, kept for the trend.
public struct MaturitySnapshot: Codable, Sendable, Hashable {
    public var day: Date
    public var overall: Int
    /// Level by dimension (raw value).
    public var levels: [String: Int]
}

/// A project's maturity now: the assessment, the evidence behind it, its attestations and its trend.
public struct ProjectMaturity: Sendable {
    public var project: ProjectRecord
    public var assessment: MaturityAssessment
    public var evidence: MaturityEvidence
    public var attestations: [AttestationRecord]
    public var trend: [MaturitySnapshot]
}

extension PlatformStore {
    /// Activities a person may attest: the maturity model's attested activities and the baselines' activities.
    public static var attestableActivities: Set<String> {
        let maturity = MaturityModel.standard.activities.filter(\.isAttested).map(\.id)
        return Set(maturity + baselineCatalog.baselines.flatMap { $0.activities.map(\.name) })
    }

    /// Records an attestation; the activity must be attestable, the link an http(s) URL, the expiry within three years.
    @discardableResult
    public func attest(project: ProjectRecord, activity: String, evidenceLink: String, expiresAt: Date, actor: Actor) async throws -> AttestationRecord {
        guard Self.attestableActivities.contains(activity) else {
            throw StoreError.invalid("activity: '\(activity)' is not an activity that can be attested (\(Self.attestableActivities.sorted().joined(separator: ", ")))")
        }
        let link = evidenceLink.trimmingCharacters(in: .whitespacesAndNewlines)
        guard link.count <= 2000, let url = URL(string: link), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw StoreError.invalid("evidenceLink: an http or https URL of at most 2000 characters, where the proof lives")
        }
        let now = self.now
        guard expiresAt > now, expiresAt <= now.addingTimeInterval(3 * 366 * 86_400) else {
            throw StoreError.invalid("expiresAt: a date after now and within three years")
        }
        return try await database.transaction { db in
            let row = try await db.raw("""
                INSERT INTO attestations (project_id, activity, attested_by, evidence_link, attested_at, expires_at)
                VALUES (\(bind: project.id), \(bind: activity), \(bind: actor.name), \(bind: link), \(bind: now.epoch), \(bind: expiresAt.epoch))
                RETURNING id
                """).first()
            try await self.record(db, Event(
                actor: actor, action: "attestation.create", projectID: project.id, to: activity, reason: "\(link) until \(GovernanceDate.format(expiresAt))"))
            return AttestationRecord(
                id: try row!.int("id"), project: project.key, activity: activity, attestedBy: actor.name, evidenceLink: link,
                attestedAt: Date(epoch: now.epoch), expiresAt: Date(epoch: expiresAt.epoch))
        }
    }

    public func attestations(project: ProjectRecord) async throws -> [AttestationRecord] {
        try await database.withConnection { db in try await self.attestations(db, project: project) }
    }

    func attestations(_ db: any SQLDatabase, project: ProjectRecord) async throws -> [AttestationRecord] {
        try await db.raw("""
            SELECT id, activity, attested_by, evidence_link, attested_at, expires_at FROM attestations
            WHERE project_id = \(bind: project.id) ORDER BY id
            """).all().map { row in
            AttestationRecord(
                id: try row.int("id"), project: project.key, activity: try row.string("activity"), attestedBy: try row.string("attested_by"),
                evidenceLink: try row.string("evidence_link"), attestedAt: try row.date("attested_at"), expiresAt: try row.date("expires_at"))
        }
    }

    /// The project's maturity now; also keeps today's snapshot (one per project and UTC day, the latest wins).
    public func maturity(project: ProjectRecord) async throws -> ProjectMaturity {
        let evidence = try await maturityEvidence(project: project)
        let now = self.now
        let attestations = try await attestations(project: project)
        let assessment = MaturityAssessor().assess(evidence, attestations: attestations.map(\.attestation), at: now)
        let day = now.epoch / 86_400
        let levels = Dictionary(uniqueKeysWithValues: assessment.dimensions.map { ($0.dimension.rawValue, $0.level) })
        let trend = try await database.transaction { db in
            try await db.raw("DELETE FROM maturity_snapshots WHERE project_id = \(bind: project.id) AND day = \(bind: day)").run()
            try await db.raw("""
                INSERT INTO maturity_snapshots (project_id, day, overall, levels)
                VALUES (\(bind: project.id), \(bind: day), \(bind: assessment.overallLevel), \(bind: try StoreJSON.encode(levels)))
                """).run()
            return try await db.raw("""
                SELECT day, overall, levels FROM maturity_snapshots WHERE project_id = \(bind: project.id) ORDER BY day DESC LIMIT 90
                """).all().reversed().map { row in
                MaturitySnapshot(
                    day: Date(epoch: try row.decode(column: "day", as: Int64.self) * 86_400), overall: try row.int("overall"),
                    levels: try StoreJSON.decode([String: Int].self, from: try row.string("levels")))
            }
        }
        return ProjectMaturity(project: project, assessment: assessment, evidence: evidence, attestations: attestations, trend: trend)
    }

    /// Whether a branch name is where releases come from: `main`, `master`, `release/…`, a tag (`refs/tags/…`,
    /// `tags/…`) or a version such as `v2.3.1`.
    static func isReleaseBranch(_ branch: String) -> Bool {
        if ["main", "master"].contains(branch) || branch.hasPrefix("release/") || branch.hasPrefix("refs/tags/") || branch.hasPrefix("tags/") {
            return true
        }
        let version = branch.hasPrefix("v") ? branch.dropFirst() : Substring(branch)
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}

extension PlatformStore {
    /// The figures maturity is judged by, from what the store recorded about the project (see docs/platform.md).
    public func maturityEvidence(project: ProjectRecord) async throws -> MaturityEvidence {
        let now = self.now
        let since30 = now.epoch - 30 * 86_400, since90 = now.epoch - 90 * 86_400
        let requirements = try await requirementStatuses(project: project)
        let threatModel = try await threatModel(projectID: project.id)
        return try await database.withConnection { db in
            var evidence = MaturityEvidence(project: project.key)
            // Scans per kind, and releases: one per commit (or scan without one) on a release branch, with an SBOM when a
            // dependency scan covered that commit. Threat-model imports are not pipeline scans.
            var releases: [String: Bool] = [:]
            for row in try await db.raw("""
                SELECT id, branch, commit_sha, kinds, tools, received_at FROM scans WHERE project_id = \(bind: project.id) AND received_at >= \(bind: since90)
                """).all() {
                let kinds = DelimitedList.decode(try row.string("kinds")).compactMap(FindingKind.init(rawValue:))
                let recent = try row.date("received_at").epoch >= since30
                for kind in kinds {
                    evidence.scansLast90Days[kind, default: 0] += 1
                    if recent { evidence.scansLast30Days[kind, default: 0] += 1 }
                }
                guard DelimitedList.decode(try row.string("tools")) != [Self.threatTool], Self.isReleaseBranch(try row.string("branch")) else { continue }
                let release = try row.optionalString("commit_sha") ?? "scan \(try row.int("id"))"
                releases[release] = (releases[release] ?? false) || kinds.contains(.dependency)
            }
            evidence.releasesLast90Days = releases.count
            evidence.releasesWithSBOM = releases.values.filter { $0 }.count

            for row in try await db.raw("""
                SELECT to_state, COUNT(*) AS n FROM events WHERE project_id = \(bind: project.id) AND action = 'gate.evaluate'
                AND at >= \(bind: since90) GROUP BY to_state
                """).all() {
                let n = try row.int("n")
                evidence.gateCallsLast90Days += n
                if try row.optionalString("to_state") == "fail" { evidence.gateFailuresLast90Days += n }
            }

            // SLA compliance: of the findings that came due (fixed, or still active past their due date), those fixed in time.
            if let row = try await db.raw("""
                SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN state = 'fixed' AND fixed_at <= due_at THEN 1 ELSE 0 END), 0) AS met FROM findings
                WHERE project_id = \(bind: project.id) AND due_at IS NOT NULL
                AND ((state = 'fixed' AND fixed_at IS NOT NULL) OR (state IN ('open', 'confirmed', 'reopened') AND due_at < \(bind: now.epoch)))
                """).first(), try row.int("n") > 0 {
                evidence.slaComplianceRatio = Double(try row.int("met")) / Double(try row.int("n"))
            }

            var secretFixes = 0, secretSeconds: Int64 = 0
            var fixesBySeverity: [Severity: (count: Int, seconds: Int64)] = [:]
            for row in try await db.raw("""
                SELECT severity, kind, COUNT(*) AS n, CAST(SUM(fixed_at - first_seen_at) AS BIGINT) AS seconds FROM findings
                WHERE project_id = \(bind: project.id) AND state = 'fixed' AND fixed_at >= \(bind: since90) GROUP BY severity, kind
                """).all() {
                guard let severity = Severity(rawValue: try row.string("severity")) else { continue }
                let n = try row.int("n"), seconds = try row.decode(column: "seconds", as: Int64.self)
                let sum = fixesBySeverity[severity] ?? (0, 0)
                fixesBySeverity[severity] = (sum.count + n, sum.seconds + seconds)
                if try row.string("kind") == FindingKind.secret.rawValue {
                    secretFixes += n
                    secretSeconds += seconds
                }
            }
            for (severity, sum) in fixesBySeverity { evidence.meanDaysToRemediate[severity] = Double(sum.seconds) / Double(sum.count) / 86_400 }
            if secretFixes > 0 { evidence.secretMeanDaysToRemediate = Double(secretSeconds) / Double(secretFixes) / 86_400 }

            var fixed = 0, reopened = 0
            for row in try await db.raw("""
                SELECT e.to_state, f.kind, COUNT(*) AS n FROM events e JOIN findings f ON f.id = e.finding_id
                WHERE e.project_id = \(bind: project.id) AND e.at >= \(bind: since90) AND e.to_state IN ('fixed', 'reopened')
                GROUP BY e.to_state, f.kind
                """).all() {
                let n = try row.int("n")
                if try row.optionalString("to_state") == "fixed" { fixed += n } else { reopened += n }
                if try row.optionalString("to_state") == "reopened", try row.string("kind") == FindingKind.secret.rawValue {
                    evidence.secretRecurrencesLast90Days += n
                }
            }
            if fixed > 0 { evidence.reopenRate = Double(reopened) / Double(fixed) }

            for row in try await db.raw("""
                SELECT kind, severity, COUNT(*) AS n FROM findings WHERE project_id = \(bind: project.id)
                AND state IN ('open', 'confirmed', 'reopened') GROUP BY kind, severity
                """).all() {
                guard let kind = FindingKind(rawValue: try row.string("kind")), let severity = Severity(rawValue: try row.string("severity")) else { continue }
                evidence.openFindings[kind, default: [:]][severity] = try row.int("n")
            }
            evidence.openHighDesignThreats = evidence.open(.design, atLeast: .high)

            let banned = project.baseline?.bannedComponents ?? Self.baselineCatalog.baselines.flatMap(\.bannedComponents)
            var bannedPurls: Set<String> = []
            for row in try await db.raw("""
                SELECT DISTINCT purl FROM findings WHERE project_id = \(bind: project.id) AND purl IS NOT NULL
                AND kind IN ('dependency', 'container') AND state IN ('open', 'confirmed', 'reopened')
                """).all() {
                let text = try row.string("purl")
                if let purl = PackageURL(text), banned.contains(where: { $0.matches(purl) }) { bannedPurls.insert(text) }
            }
            evidence.bannedComponentsInUse = bannedPurls.count

            evidence.threatModelUpdatedAt = threatModel?.uploadedAt
            evidence.threatModelReviewedAt = threatModel?.reviewedAt
            evidence.requirementsApplicable = requirements.count
            evidence.requirementsVerified = requirements.filter { $0.status == .verified }.count
            return evidence
        }
    }
}
