import Foundation
import Testing
import WardCore
import WardGovern
@testable import WardStore

/// Profiles, baselines and the gate, requirements and threat models, on every engine.
@Suite struct GovernanceTests {
    static let mobileBanking = ProjectProfile(exposure: .internet, dataClassification: .financial, platform: .mobile, criticality: .critical)

    /// A small model with a plaintext login and a database reached with basic authentication.
    static let shopModel = """
        title: Shop
        version: "1"
        reviewed: 2026-09-01
        assets:
          - id: passwords
            name: Customer passwords
            classification: credentials
        components:
          - id: customer
            name: Customer
            type: external-entity
          - id: web
            name: Web shop
            type: process
            internet-facing: true
            validates-input: true
          - id: db
            name: Orders database
            type: data-store
            encrypts-at-rest: true
        flows:
          - id: login
            from: customer
            to: web
            protocol: http
            carries: [passwords]
          - id: web-db
            from: web
            to: db
            protocol: sql
            authentication: basic
            carries: [passwords]
        boundaries:
          - id: internet
            name: Internet
            members: [customer]
        """

    @Test(arguments: TestStore.engines)
    func profileFlagsAndTheBaselineChoiceAreKept(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        try await store.createProject(key: "app", actor: Sample.admin)
        #expect(try await store.project(key: "app")?.baselineChoice == nil)
        #expect(try await store.project(key: "app")?.baseline == nil)
        var profile = Self.mobileBanking
        profile.personalData = false
        let updated = try await store.updateProfile(project: "app", profile: profile, baseline: .some("auto"), actor: Sample.admin)
        #expect(updated.profile.personalData == false && updated.profile.paymentData == nil)
        #expect(updated.profile.handlesPaymentData && !updated.profile.handlesPersonalData)
        #expect(updated.profile.riskTier == .tier1)
        #expect(updated.baselineChoice == "auto" && updated.baseline?.reference == "mobile-banking@1")
        // Without a baseline argument the choice stays; with nil it goes back to the default gate.
        #expect(try await store.updateProfile(project: "app", profile: profile, actor: Sample.admin).baselineChoice == "auto")
        #expect(try await store.updateProfile(project: "app", profile: profile, baseline: .some(nil), actor: Sample.admin).baselineChoice == nil)
        #expect(throws: StoreError.invalid("baseline: 'strict' is not in the catalog; choose auto or one of: batch-job, internal-service, mobile-banking, public-api")) {
            try PlatformStore.validateBaselineChoice("strict")
        }
        try PlatformStore.validateBaselineChoice("public-api@2")
    }

    @Test(arguments: TestStore.engines)
    func theGateJudgesByTheBaselineAndRecordsEveryEvaluation(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        try await store.createProject(key: "bank", profile: Self.mobileBanking, actor: Sample.admin)
        var project = try await store.updateProfile(project: "bank", profile: Self.mobileBanking, baseline: .some("auto"), actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([Sample.finding("aws", severity: .high)]), project: "bank", actor: Sample.admin)
        let first = try await store.evaluateGate(project: project, scanID: nil, actor: Sample.admin)
        let name = "the baseline 'mobile-banking@1'"
        #expect(first.baseline?.reference == "mobile-banking@1")
        #expect(first.decision == GateDecision(pass: false, reasons: [
            "no code or dependency or configuration scan in this pipeline: \(name) requires secret, code, dependency, configuration",
            "1 new high finding in app/config.py: fix or triage it; \(name) fails on new high or worse",
            "threat-model-review has never been recorded: \(name) requires it every 180 days",
            "penetration-test has never been recorded: \(name) requires it every 366 days",
        ]))

        clock.advance(days: 1)
        let log4j = Sample.finding(
            "log4shell", kind: .dependency, severity: .low, path: "pom.xml", cwe: [502],
            component: ComponentReference(purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", name: "log4j-core", version: "2.14.1", ecosystem: "maven"))
        _ = try await store.ingest(Sample.upload([], kinds: [.code]), project: "bank", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([], kinds: [.configuration]), project: "bank", actor: Sample.admin)
        let dependencies = try await store.ingest(Sample.upload([log4j], kinds: [.dependency]), project: "bank", actor: Sample.admin)
        _ = try await store.putThreatModel(project: project, text: Self.shopModel, actor: Sample.admin)
        let pentest = try await store.attest(
            project: project, activity: "penetration-test", evidenceLink: "https://tickets.example/SEC-1",
            expiresAt: clock.now.addingTimeInterval(200 * 86_400), actor: Sample.admin)
        #expect(pentest.attestedBy == "admin")
        project = try #require(try await store.project(key: "bank"))
        let second = try await store.evaluateGate(project: project, scanID: dependencies.scan.id, release: true, actor: Sample.admin)
        #expect(second.decision.reasons == [
            "banned component pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1 in pom.xml: Log4Shell JNDI lookups (CVE-2021-44228, CVE-2021-45046, CVE-2021-44832); use 2.17.1 or later",
            "mobile-security-assessment was not done in this release pipeline: \(name) requires it for each release",
        ])

        // The default gate for a project without a baseline, and both evaluations and this one are events.
        try await store.createProject(key: "plain", actor: Sample.admin)
        let plain = try #require(try await store.project(key: "plain"))
        _ = try await store.ingest(Sample.upload([Sample.finding("aws", severity: .critical)]), project: "plain", actor: Sample.admin)
        let third = try await store.evaluateGate(project: plain, scanID: nil, failOn: .critical, actor: Sample.admin)
        #expect(third.baseline == nil && third.decision.reasons == ["1 new critical finding (the gate fails on new critical or worse)"])
        let events = try await store.events(EventFilter(action: "gate.evaluate"))
        #expect(events.map { "\($0.to ?? "-") \($0.reason ?? "-")" } == ["fail default gate", "fail mobile-banking@1", "fail mobile-banking@1"])
    }

    @Test(arguments: TestStore.engines)
    func requirementsAreVerifiedByEvidenceAndFallBackWhenContradicted(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let project = try await store.createProject(key: "svc", team: nil, actor: Sample.admin)
        func secrets01() async throws -> EffectiveRequirementStatus {
            try #require(try await store.requirementStatuses(project: project).first { $0.requirement.id == "WARD-SECRETS-01" })
        }
        let before = try await secrets01()
        #expect(before.status == .notStarted && before.reason == "not-started: no secret scan has covered the project")
        _ = try await store.ingest(Sample.upload([Sample.finding("sql-injection", kind: .code, cwe: [89])], kinds: [.code]), project: "svc", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([]), project: "svc", actor: Sample.admin)
        let today = GovernanceDate.format(clock.now)
        let verified = try await secrets01()
        #expect(verified.status == .verified)
        #expect(verified.reason == "verified: secret scan \(today) covered the project, no open CWE-798 or CWE-259 or CWE-321 or secret finding")

        clock.advance(days: 2)
        _ = try await store.ingest(Sample.upload([Sample.finding("aws", path: "app/keys.py")]), project: "svc", actor: Sample.admin)
        let developer = Actor(name: "dev", role: .developer)
        let set = try await store.setRequirementStatus(
            project: project, requirement: "WARD-SECRETS-01", status: .verified, justification: "rotated", actor: developer)
        let later = GovernanceDate.format(clock.now)
        #expect(set.status == .implemented)
        #expect(set.reason == "implemented (verified per dev on \(later)): open high finding aws in app/keys.py contradicts it (CWE-798 or CWE-259 or CWE-321 or secret)")
        let events = try await store.events(EventFilter(action: "requirement.status"))
        #expect(events.map { "\($0.actor) \($0.from ?? "-")→\($0.to ?? "-") \($0.reason ?? "-")" } == ["dev not-started→verified WARD-SECRETS-01: rotated"])

        await #expect(throws: StoreError.invalid("justification: marking WARD-LOG-01 not-applicable needs a justification")) {
            try await store.setRequirementStatus(project: project, requirement: "WARD-LOG-01", status: .notApplicable, justification: " ", actor: developer)
        }
        await #expect(throws: StoreError.notFound("no requirement 'WARD-NOPE-01'")) {
            try await store.setRequirementStatus(project: project, requirement: "WARD-NOPE-01", status: .implemented, justification: nil, actor: developer)
        }
        let mobileOnly = try #require(RequirementLibrary.builtIn.requirements.first { $0.appliesTo == .mobile })
        await #expect(throws: StoreError.invalid("\(mobileOnly.id) does not apply to project 'svc' (it applies to: mobile)")) {
            try await store.setRequirementStatus(project: project, requirement: mobileOnly.id, status: .implemented, justification: nil, actor: developer)
        }
        let na = try await store.setRequirementStatus(
            project: project, requirement: "WARD-SECRETS-01", status: .notApplicable, justification: "no credentials at all", actor: developer)
        #expect(na.status == .notApplicable && na.reason == "not-applicable (dev, \(later)): no credentials at all")
    }

    @Test(arguments: TestStore.engines)
    func threatsFollowTheFindingLifecycle(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let project = try await store.createProject(key: "shop", actor: Sample.admin)
        let (record, result) = try await store.putThreatModel(project: project, text: Self.shopModel, actor: Sample.admin)
        #expect(record.title == "Shop" && record.uploadedBy == "admin" && record.reviewedAt == GovernanceDate.parse("2026-09-01"))
        let expected = ThreatAnalyzer.analyze(try ThreatModelParser.parse(Self.shopModel)).map(\.ruleId)
        var design = FindingFilter()
        design.kinds = [.design]
        let stored = try await store.findings(design, visibility: .everything).items
        #expect(Set(stored.map(\.ruleId)) == Set(expected) && stored.count == expected.count && result.newFindingIDs.count == expected.count)
        #expect(stored.allSatisfy { $0.tool == "ward-threat" && $0.location?.path == "threatmodel.yml" })
        #expect(expected.count == 8)

        // Encrypting and authenticating the login flow removes its threats: they become fixed, the others stay open.
        clock.advance(days: 1)
        let revised = Self.shopModel.replacingOccurrences(of: "    protocol: http\n", with: "    protocol: https\n    authentication: oauth\n")
        let before = Set(ThreatAnalyzer.analyze(try ThreatModelParser.parse(Self.shopModel)).map { $0.fingerprint(path: "threatmodel.yml") })
        let after = Set(ThreatAnalyzer.analyze(try ThreatModelParser.parse(revised)).map { $0.fingerprint(path: "threatmodel.yml") })
        let (_, second) = try await store.putThreatModel(project: project, text: revised, actor: Sample.admin)
        let fixed = try await store.findings(ids: second.fixedFindingIDs, visibility: .everything)
        #expect(!before.subtracting(after).isEmpty)
        #expect(Set(fixed.map(\.fingerprint)) == before.subtracting(after) && second.newFindingIDs.isEmpty)
        design.states = [.open]
        #expect(Set(try await store.findings(design, visibility: .everything).items.map(\.fingerprint)) == after)
        #expect(try await store.threatModel(projectID: project.id)?.text == revised)
    }
}
