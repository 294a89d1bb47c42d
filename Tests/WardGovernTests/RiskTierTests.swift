import Testing
@testable import WardGovern

@Suite struct RiskTierTests {
    typealias P = ProjectProfile

    /// Exposure, data, criticality, platform → expected score and tier, one row per rule branch.
    @Test(arguments: [
        (P(exposure: .internet, dataClassification: .financial, platform: .mobile, criticality: .critical), 10, RiskTier.tier1),
        (P(exposure: .internet, dataClassification: .personal, platform: .api, criticality: .high), 7, .tier2),
        (P(exposure: .partner, dataClassification: .confidential, platform: .api, criticality: .medium), 4, .tier3),
        (P(exposure: .internal, dataClassification: .internal, platform: .api, criticality: .medium), 1, .tier4),
        (P(exposure: .internal, dataClassification: .public, platform: .batch, criticality: .low), 0, .tier4),
        (P(exposure: .internal, dataClassification: .personal, platform: .web, criticality: .high), 4, .tier3),
        (P(exposure: .internet, dataClassification: .public, platform: .web, criticality: .low), 3, .tier3),
        (P(exposure: .partner, dataClassification: .personal, platform: .mobile, criticality: .critical), 8, .tier1),
        (P(exposure: .internet, dataClassification: .personal, platform: .mobile, criticality: .low), 6, .tier2),
    ])
    func scoreAndTier(profile: ProjectProfile, score: Int, tier: RiskTier) {
        #expect(RiskTier.score(for: profile) == score)
        #expect(profile.riskTier == tier)
    }

    @Test func paymentDataSetsAFloor() {
        // Internal, low criticality batch job with payment data scores 3 (tier 3) but is lifted to tier 2.
        let batch = P(exposure: .internal, dataClassification: .financial, platform: .batch, criticality: .low)
        #expect(RiskTier.score(for: batch) == 3)
        #expect(batch.riskTier == .tier2)
        // Internet-facing with payment data scores 6 (tier 2) but is always tier 1.
        let site = P(exposure: .internet, dataClassification: .internal, platform: .web, criticality: .low, paymentData: true)
        #expect(RiskTier.score(for: site) == 6)
        #expect(site.riskTier == .tier1)
    }

    @Test func explicitFlagsOverrideTheClassification() {
        let derived = P(dataClassification: .financial)
        #expect(derived.handlesPersonalData && derived.handlesPaymentData)
        let explicit = P(dataClassification: .financial, personalData: false, paymentData: false)
        #expect(!explicit.handlesPersonalData && !explicit.handlesPaymentData)
        #expect(P(dataClassification: .confidential, personalData: true).handlesPersonalData)
    }

    @Test func parsesTierSpellings() {
        #expect(RiskTier(parsing: "1") == .tier1)
        #expect(RiskTier(parsing: "tier-2") == .tier2)
        #expect(RiskTier(parsing: "Tier 4") == .tier4)
        #expect(RiskTier(parsing: "5") == nil)
        #expect(RiskTier(parsing: "high") == nil)
        #expect(RiskTier.tier1 < .tier3)
    }
}
