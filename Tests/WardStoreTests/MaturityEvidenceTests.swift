import Foundation
import Testing
import WardCore
import WardGovern
@testable import WardStore

/// Maturity evidence assembled from a constructed history, on every engine.
@Suite struct MaturityEvidenceTests {
    func upload(_ findings: [Finding], kinds: [FindingKind], branch: String = "main", commit: String, tools: [String] = ["ward"]) -> ScanUpload {
        var upload = Sample.upload(findings, branch: branch, tools: tools, kinds: kinds)
        upload.commit = commit
        return upload
    }

    @Test(arguments: TestStore.engines)
    func evidenceLevelsAndTrendComeFromTheHistory(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let project = try await store.createProject(key: "m", actor: Sample.admin)
        let a = Sample.finding("a", severity: .high), b = Sample.finding("b", severity: .critical, line: 20)
        let c = Sample.finding("c", severity: .medium, line: 30)
        // Day 0: secrets and code on main; day 2: b and c fixed (a feature-branch SBOM is no release); day 3: b is back, SBOM on main.
        _ = try await store.ingest(upload([a, b, c], kinds: [.secret], commit: "c1"), project: "m", actor: Sample.admin)
        _ = try await store.ingest(upload([], kinds: [.code], commit: "c1", tools: ["semgrep"]), project: "m", actor: Sample.admin)
        clock.advance(days: 2)
        _ = try await store.ingest(upload([a], kinds: [.secret], commit: "c2"), project: "m", actor: Sample.admin)
        _ = try await store.ingest(upload([], kinds: [.dependency], branch: "feature/x", commit: "c2x"), project: "m", actor: Sample.admin)
        clock.advance(days: 1)
        let reopening = try await store.ingest(upload([a, b], kinds: [.secret], commit: "c3"), project: "m", actor: Sample.admin)
        _ = try await store.ingest(upload([], kinds: [.dependency], commit: "c3"), project: "m", actor: Sample.admin)
        #expect(try await store.evaluateGate(project: project, scanID: nil, actor: Sample.admin).decision.pass)
        #expect(try await !store.evaluateGate(project: project, scanID: reopening.scan.id, actor: Sample.admin).decision.pass)
        let modelUploadedAt = clock.now
        _ = try await store.putThreatModel(project: project, text: GovernanceTests.shopModel, actor: Sample.admin)
        try await store.attest(
            project: project, activity: "organisation-security-owner", evidenceLink: "https://wiki.example/owners#m",
            expiresAt: clock.now.addingTimeInterval(100 * 86_400), actor: Sample.admin)
        clock.advance(days: 9)

        let evidence = try await store.maturityEvidence(project: project)
        #expect(evidence.scansLast30Days == [.secret: 3, .code: 1, .dependency: 2, .design: 1])
        #expect(evidence.scansLast90Days == evidence.scansLast30Days)
        #expect(evidence.gateCallsLast90Days == 2 && evidence.gateFailuresLast90Days == 1)
        // c was fixed in time; b is past its new 7-day clock; a is not due yet.
        #expect(evidence.slaComplianceRatio == 0.5)
        #expect(evidence.meanDaysToRemediate == [.medium: 2])
        #expect(evidence.reopenRate == 0.5)
        #expect(evidence.secretRecurrencesLast90Days == 1 && evidence.secretMeanDaysToRemediate == 2)
        #expect(evidence.releasesLast90Days == 3 && evidence.releasesWithSBOM == 1)
        #expect(evidence.threatModelUpdatedAt == modelUploadedAt && evidence.threatModelReviewedAt == GovernanceDate.parse("2026-09-01"))
        let threats = ThreatAnalyzer.analyze(try ThreatModelParser.parse(GovernanceTests.shopModel))
        #expect(evidence.openHighDesignThreats == threats.filter { $0.severity >= .high }.count && evidence.openHighDesignThreats > 0)
        #expect(evidence.openFindings[.secret] == [.high: 1, .critical: 1])
        let statuses = try await store.requirementStatuses(project: project)
        #expect(evidence.requirementsApplicable == RequirementLibrary.builtIn.applicable(to: ProjectProfile()).count)
        #expect(evidence.requirementsVerified == statuses.filter { $0.status == .verified }.count && evidence.requirementsVerified > 0)
        #expect(evidence.bannedComponentsInUse == 0)

        let maturity = try await store.maturity(project: project)
        let levels = Dictionary(uniqueKeysWithValues: maturity.assessment.dimensions.map { ($0.dimension, $0.level) })
        #expect(levels == [
            .requirements: 1, .design: 3, .coding: 2, .testing: 0, .thirdParty: 2, .buildInfrastructure: 0,
            .vulnerabilityManagement: 1, .operations: 0, .organisation: 1,
        ])
        #expect(maturity.assessment.overallLevel == 1)
        #expect(maturity.trend.map(\.overall) == [1])
        clock.advance(days: 1)
        _ = try await store.maturity(project: project)
        let trend = try await store.maturity(project: project).trend
        #expect(trend.count == 2 && trend.map { $0.levels["design"] } == [3, 3])
    }

    @Test(arguments: TestStore.engines)
    func attestationsAreCheckedAndExpire(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let project = try await store.createProject(key: "m", actor: Sample.admin)
        let later = clock.now.addingTimeInterval(10 * 86_400)
        await #expect(throws: StoreError.invalid("evidenceLink: an http or https URL of at most 2000 characters, where the proof lives")) {
            try await store.attest(project: project, activity: "organisation-training", evidenceLink: "javascript:alert(1)", expiresAt: later, actor: Sample.admin)
        }
        await #expect(throws: StoreError.invalid("expiresAt: a date after now and within three years")) {
            try await store.attest(project: project, activity: "organisation-training", evidenceLink: "https://lms.example/1", expiresAt: clock.now, actor: Sample.admin)
        }
        // Computed activities cannot be attested: the platform observes them.
        do {
            try await store.attest(project: project, activity: "coding-sast-run", evidenceLink: "https://lms.example/1", expiresAt: later, actor: Sample.admin)
            Issue.record("an attestation of a computed activity was accepted")
        } catch let error as StoreError {
            #expect(error.description == "activity: 'coding-sast-run' is not an activity that can be attested (build-signed-artefacts, dast, "
                + "design-architecture-review, mobile-security-assessment, operations-incident-contact, operations-incident-drill, "
                + "operations-lessons-learned, operations-logs-centralised, organisation-advanced-training, organisation-metrics-reviewed, "
                + "organisation-security-champion, organisation-security-owner, organisation-training, penetration-test, "
                + "requirements-reviewed-per-release, sbom, testing-penetration-test, testing-regression-tests, threat-model-review)")
        }
        try await store.attest(project: project, activity: "organisation-security-owner", evidenceLink: "https://wiki.example/o", expiresAt: later, actor: Sample.admin)
        #expect(try await store.maturity(project: project).assessment.level(.organisation) == 1)
        clock.advance(days: 11)
        #expect(try await store.maturity(project: project).assessment.level(.organisation) == 0)
        #expect(try await store.events(EventFilter(action: "attestation.create")).map(\.to) == ["organisation-security-owner"])
    }

    @Test func releaseBranchesAreRecognised() {
        #expect(["main", "master", "release/2.3", "refs/tags/v1.0.0", "v2.3.1", "1.4"].allSatisfy(PlatformStore.isReleaseBranch))
        #expect(!["feature/x", "develop", "very-long", "v", "v1"].contains(where: PlatformStore.isReleaseBranch))
    }
}
