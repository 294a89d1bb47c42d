import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct ProjectGovernanceTests {
    @Test func readsTheProfileSection() throws {
        let yaml = """
            version: 1
            scan:
              fail-on: high
            profile:
              exposure: internet
              data: personal
              payment-data: true
              platform: mobile
              criticality: critical
              regulations: [PCI DSS, PIPL]
              sla: {critical: 3, high: 2w, medium: 60, low: quarterly}
              baseline: mobile-banking@1
              requirements:
                WARD-AUTH-02: {status: implemented, by: alice, at: 2026-11-02, why: gateway throttling}
                WARD-BATCH-01: {status: not-applicable, by: bob, at: "2026-10-01", why: the app reads no files}
            """
        let governance = try ProjectGovernance.parse(yaml: yaml, path: "ward.yml")
        let profile = governance.profile
        #expect(profile.exposure == .internet)
        #expect(profile.dataClassification == .personal)
        #expect(profile.paymentData == true && profile.personalData == nil)
        #expect(profile.handlesPaymentData && profile.handlesPersonalData)
        #expect(profile.platform == .mobile && profile.criticality == .critical)
        #expect(profile.regulations == ["PCI DSS", "PIPL"])
        #expect(profile.sla == SLAPolicy(critical: 3, high: 14, medium: 60, low: 92))
        #expect(profile.riskTier == .tier1)
        #expect(governance.baselineChoice == "mobile-banking@1")
        #expect(governance.requirementStatuses.count == 2)
        let auth = try #require(governance.requirementStatuses["WARD-AUTH-02"])
        #expect(auth == RequirementStatusRecord(status: .implemented, by: "alice", at: try #require(GovernanceDate.parse("2026-11-02")), justification: "gateway throttling"))
        #expect(governance.requirementStatuses["WARD-BATCH-01"]?.status == .notApplicable)
    }

    @Test func noProfileSectionGivesDefaults() throws {
        #expect(try ProjectGovernance.parse(yaml: "scan:\n  fail-on: high\n", path: "ward.yml") == ProjectGovernance())
        #expect(try ProjectGovernance.parse(yaml: "", path: "ward.yml") == ProjectGovernance())
    }

    @Test(arguments: [
        ("profile:\n  exposure: internet\n  data: secret\n", 3, "profile.data 'secret' is not one of: public, internal, confidential, personal, financial"),
        ("profile:\n  platform: desktop\n", 2, "profile.platform 'desktop' is not one of: web, mobile, api, batch"),
        ("profile:\n  exposure: internet\n  owner: team-a\n", 3, "unknown key 'owner' in profile; expected one of: exposure, data, personal-data, payment-data, platform, criticality, regulations, sla, baseline, requirements"),
        ("profile:\n  personal-data: maybe\n", 2, "profile.personal-data must be true or false"),
        ("profile:\n  sla: {critical: 7, high: 30}\n", 2, "profile.sla needs days for critical, high, medium and low; 'medium' is missing"),
        ("profile:\n  requirements:\n    WARD-NOPE-01: {status: verified, by: a, at: 2026-01-01}\n", 3, "unknown requirement id 'WARD-NOPE-01' in profile.requirements"),
        ("profile:\n  requirements:\n    WARD-AUTH-01:\n      status: not-applicable\n      by: a\n      at: 2026-01-01\n", 4, "profile.requirements.WARD-AUTH-01 is not-applicable, which needs a justification in 'why'"),
        ("profile:\n  requirements:\n    WARD-AUTH-01: {status: done, by: a, at: 2026-01-01}\n", 3, "profile.requirements.WARD-AUTH-01.status 'done' is not one of: not-started, implemented, verified, not-applicable"),
        ("profile:\n  requirements:\n    WARD-AUTH-01:\n      status: verified\n      by: a\n      at: 2026-02-30\n", 6, "profile.requirements.WARD-AUTH-01.at must be a date written YYYY-MM-DD"),
        ("profile:\n  exposure: [internet\n", 3, nil),
    ] as [(String, Int, String?)])
    func badValuesNameFileAndLine(yaml: String, line: Int, message: String?) {
        #expect {
            try ProjectGovernance.parse(yaml: yaml, path: "app/ward.yml")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.path == "app/ward.yml" && error.line == line && (message == nil || error.message == message)
        }
    }
}
