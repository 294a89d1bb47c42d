import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct RequirementStatusEvaluatorTests {
    let evaluator = RequirementStatusEvaluator()
    let secrets = RequirementLibrary.builtIn["WARD-SECRETS-01"]

    static func day(_ text: String) throws -> Date { try #require(GovernanceDate.parse(text)) }

    static func leakedKey(firstSeen: Date) -> GovernanceFinding {
        GovernanceFinding(ruleId: "generic-api-key", kind: .secret, severity: .high, cwe: [798], path: "src/Config.swift", firstSeen: firstSeen, isNew: true)
    }

    /// One project's secret-scan history, step by step: the status follows the evidence.
    @Test func statusFollowsEvidenceAcrossScans() throws {
        let requirement = try #require(secrets)
        let claim = RequirementStatusRecord(status: .implemented, by: "alice", at: try Self.day("2026-11-01"))
        let what = "CWE-798 or CWE-259 or CWE-321 or secret"

        var evidence = RequirementEvidence(now: try Self.day("2026-11-10"))
        var status = evaluator.evaluate(requirement, record: nil, evidence: evidence)
        #expect(status.status == .notStarted)
        #expect(status.reason == "not-started: no secret scan has covered the project")

        status = evaluator.evaluate(requirement, record: claim, evidence: evidence)
        #expect(status.status == .implemented)
        #expect(status.reason == "implemented (implemented per alice on 2026-11-01): no secret scan has covered the project")

        evidence = RequirementEvidence(lastScan: [.secret: try Self.day("2026-11-20")], now: try Self.day("2026-11-22"))
        status = evaluator.evaluate(requirement, record: claim, evidence: evidence)
        #expect(status.status == .verified)
        #expect(status.reason == "verified: secret scan 2026-11-20 covered the project, no open \(what) finding")

        evidence.openFindings = [Self.leakedKey(firstSeen: try Self.day("2026-11-20"))]
        status = evaluator.evaluate(requirement, record: claim, evidence: evidence)
        #expect(status.status == .implemented)
        #expect(status.reason == "implemented (implemented per alice on 2026-11-01): open high finding generic-api-key in src/Config.swift contradicts it (\(what))")
        #expect(evaluator.evaluate(requirement, record: nil, evidence: evidence).status == .notStarted)

        evidence.openFindings = []
        evidence.now = try Self.day("2026-12-25")
        status = evaluator.evaluate(requirement, record: claim, evidence: evidence)
        #expect(status.status == .implemented)
        #expect(status.reason == "implemented (implemented per alice on 2026-11-01): the last secret scan (2026-11-20) is 35 days old; verification needs one within 30 days")

        evidence.lastScan[.secret] = try Self.day("2026-12-24")
        #expect(evaluator.evaluate(requirement, record: claim, evidence: evidence).status == .verified)
    }

    @Test func personVerifiedClaimIsCappedByContradictingEvidence() throws {
        let requirement = try #require(RequirementLibrary.builtIn["WARD-DEPS-01"])
        let claim = RequirementStatusRecord(status: .verified, by: "bob", at: try Self.day("2026-11-01"))
        let now = try Self.day("2026-11-22")
        let high = GovernanceFinding(ruleId: "GHSA-aaaa", kind: .dependency, severity: .high, purl: "pkg:npm/lodash@4.17.20", firstSeen: now)
        var evidence = RequirementEvidence(lastScan: [.dependency: now], openFindings: [high], now: now)
        // A high advisory does not contradict "no critical vulnerability".
        #expect(evaluator.evaluate(requirement, record: claim, evidence: evidence).reason == "verified: dependency scan 2026-11-22 covered the project, no open critical+ dependency finding")
        var critical = high
        critical.severity = .critical
        evidence.openFindings.append(critical)
        let status = evaluator.evaluate(requirement, record: claim, evidence: evidence)
        #expect(status.status == .implemented)
        #expect(status.reason == "implemented (verified per bob on 2026-11-01): open critical finding GHSA-aaaa in pkg:npm/lodash@4.17.20 contradicts it (critical+ dependency)")
    }

    @Test func manualRequirementsKeepThePersonsStatus() throws {
        let requirement = try #require(RequirementLibrary.builtIn["WARD-ARCH-01"])
        let evidence = RequirementEvidence(now: try Self.day("2026-11-22"))
        let verified = RequirementStatusRecord(status: .verified, by: "carol", at: try Self.day("2026-11-05"), justification: "diagram reviewed in ARB-112")
        let status = evaluator.evaluate(requirement, record: verified, evidence: evidence)
        #expect(status.status == .verified)
        #expect(status.reason == "verified per carol on 2026-11-05: diagram reviewed in ARB-112")
        #expect(evaluator.evaluate(requirement, record: nil, evidence: evidence).reason == "not-started: no status recorded")
    }

    @Test func notApplicableNeedsAJustification() throws {
        let requirement = try #require(secrets)
        let evidence = RequirementEvidence(now: try Self.day("2026-11-22"))
        let justified = RequirementStatusRecord(status: .notApplicable, by: "dan", at: try Self.day("2026-11-03"), justification: "generated client, no credentials")
        let justifiedStatus = evaluator.evaluate(requirement, record: justified, evidence: evidence)
        #expect(justifiedStatus.status == .notApplicable)
        #expect(justifiedStatus.reason == "not-applicable (dan, 2026-11-03): generated client, no credentials")
        var bare = justified
        bare.justification = "  "
        let bareStatus = evaluator.evaluate(requirement, record: bare, evidence: evidence)
        #expect(bareStatus.status == .notStarted)
        #expect(bareStatus.reason == "not-started: marked not-applicable by dan without a justification")
    }

    @Test func evaluatesEveryApplicableRequirementOfAProfile() throws {
        let profile = ProjectProfile(exposure: .internal, dataClassification: .internal, platform: .batch, criticality: .medium)
        let now = try Self.day("2026-11-22")
        let kinds: [FindingKind] = [.secret, .code, .dependency, .configuration, .container]
        let evidence = RequirementEvidence(lastScan: Dictionary(uniqueKeysWithValues: kinds.map { ($0, now) }), now: now)
        let statuses = evaluator.evaluate(profile: profile, records: [:], evidence: evidence)
        #expect(statuses.count == 32)
        let verified = statuses.filter { $0.status == .verified }.map(\.requirement.id)
        // Every automated requirement for a batch job is verified by clean, fresh scans.
        #expect(verified.count == statuses.filter { $0.requirement.evidence != nil }.count)
        #expect(verified.count == 21)
        #expect(statuses.filter { $0.status == .notStarted }.count == 11)
    }
}
