import Testing
import WardCore
@testable import WardGovern

@Suite struct RequirementLibraryTests {
    static let areas = [
        "ACCESS", "API", "ARCH", "AUTH", "BATCH", "BUILD", "COMMS", "CONFIG", "CRYPTO", "DATA", "DEPS", "INPUT", "LOG",
        "MOBILE-PLATFORM", "MOBILE-RESILIENCE", "MOBILE-STORAGE", "OUTPUT", "PRIVACY", "SECRETS", "SESS",
    ]

    @Test func builtInIdsAreUniqueAndWellFormed() throws {
        let library = try RequirementLibrary(BuiltInRequirements.all)
        #expect(library.requirements.count == 92)
        #expect(RequirementLibrary.builtIn.requirements.count == 92)
        #expect(Set(library.requirements.map(\.area)) == Set(Self.areas))
        #expect(library.requirements.first?.id == "WARD-ACCESS-01")
        #expect(library.requirements.last?.id == "WARD-SESS-05")
    }

    @Test func rejectsDuplicateAndMalformedIds() {
        let one = SecurityRequirement(id: "WARD-AUTH-01", title: "t", text: "x", rationale: "r", verification: .review, asvs: ["V6.2.1"])
        #expect(throws: InputError.self) { try RequirementLibrary([one, one]) }
        var bad = one
        bad.id = "AUTH-1"
        #expect(throws: InputError.self) { try RequirementLibrary([bad]) }
        #expect(!SecurityRequirement.isValidIdentifier("WARD-auth-01"))
        #expect(!SecurityRequirement.isValidIdentifier("WARD-AUTH-1"))
        #expect(SecurityRequirement.isValidIdentifier("WARD-MOBILE-STORAGE-02"))
    }

    @Test(arguments: BuiltInRequirements.all)
    func everyRequirementIsComplete(requirement: SecurityRequirement) {
        #expect(SecurityRequirement.isValidIdentifier(requirement.id))
        #expect(requirement.title.count >= 10 && requirement.title.count <= 80)
        #expect(requirement.text.count >= 60)
        #expect(requirement.rationale.count >= 30)
        #expect(!requirement.asvs.isEmpty || !requirement.masvs.isEmpty)
        #expect(!requirement.cwe.isEmpty)
        for id in requirement.asvs { #expect(id.wholeMatch(of: /V\d{1,2}\.\d{1,2}\.\d{1,2}/) != nil, "\(id)") }
        for id in requirement.masvs { #expect(id.wholeMatch(of: /MASVS-(STORAGE|CRYPTO|AUTH|NETWORK|PLATFORM|CODE|RESILIENCE|PRIVACY)-[1-4]/) != nil, "\(id)") }
        // An automated-scan requirement is exactly one that scans can verify.
        #expect((requirement.verification == .automatedScan) == (requirement.evidence != nil))
        if let rule = requirement.evidence {
            #expect(!rule.cwe.isEmpty || !rule.ruleIds.isEmpty || rule.kind != nil)
            #expect(rule.maxAgeDays > 0)
        }
    }

    @Test func mobileBankingAppGetsMobileRequirements() {
        let profile = ProjectProfile(exposure: .internet, dataClassification: .financial, platform: .mobile, criticality: .critical)
        let ids = Set(RequirementLibrary.builtIn.applicable(to: profile).map(\.id))
        #expect(ids.count == 64)
        for id in ["WARD-MOBILE-STORAGE-01", "WARD-MOBILE-STORAGE-02", "WARD-MOBILE-RESILIENCE-02", "WARD-COMMS-03", "WARD-CRYPTO-03", "WARD-DATA-04", "WARD-PRIVACY-03", "WARD-SESS-02"] {
            #expect(ids.contains(id), "\(id)")
        }
        for id in ["WARD-BATCH-01", "WARD-SESS-04", "WARD-API-03", "WARD-CONFIG-03", "WARD-ACCESS-01"] {
            #expect(!ids.contains(id), "\(id)")
        }
    }

    @Test func internalBatchJobGetsNoSessionOrMobileRequirements() {
        let profile = ProjectProfile(exposure: .internal, dataClassification: .internal, platform: .batch, criticality: .medium)
        let applicable = RequirementLibrary.builtIn.applicable(to: profile)
        let ids = Set(applicable.map(\.id))
        #expect(applicable.count == 32)
        #expect(ids.isSuperset(of: ["WARD-BATCH-01", "WARD-BATCH-02", "WARD-BATCH-03", "WARD-BATCH-04", "WARD-SECRETS-01", "WARD-DEPS-01"]))
        #expect(!applicable.contains { ["SESS", "AUTH", "MOBILE-STORAGE", "API", "PRIVACY", "DATA"].contains($0.area) && $0.id != "WARD-AUTH-04" })
        // Tier 4: nothing reserved for higher-risk tiers.
        #expect(!ids.contains("WARD-ARCH-03") && !ids.contains("WARD-DEPS-05"))
    }

    @Test func constructedApplicabilityRules() {
        let mobilePersonal = RequirementApplicability(platforms: [.mobile], personalData: true)
        #expect(mobilePersonal.applies(to: ProjectProfile(dataClassification: .personal, platform: .mobile)))
        #expect(!mobilePersonal.applies(to: ProjectProfile(dataClassification: .internal, platform: .mobile)))
        #expect(!mobilePersonal.applies(to: ProjectProfile(dataClassification: .personal, platform: .web)))
        let tierTwo = RequirementApplicability(minimumTier: .tier2)
        #expect(tierTwo.applies(to: ProjectProfile(exposure: .internet, dataClassification: .personal, platform: .api, criticality: .high)))
        #expect(!tierTwo.applies(to: ProjectProfile(exposure: .internal, dataClassification: .personal, platform: .api, criticality: .high)))
        let partner = RequirementApplicability(exposures: [.partner], paymentData: true)
        #expect(partner.applies(to: ProjectProfile(exposure: .partner, dataClassification: .financial)))
        #expect(!partner.applies(to: ProjectProfile(exposure: .partner, dataClassification: .personal)))
        #expect(partner.summary == "partner exposure; payment data")
        #expect(RequirementApplicability.all.summary == "all projects")
    }
}
