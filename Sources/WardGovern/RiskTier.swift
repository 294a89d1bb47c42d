import Foundation

/// How much security a project needs, from tier 1 (highest risk, strictest baseline) to tier 4.
///
/// The rule adds points for what the project exposes, the data it handles, how much the business
/// depends on it and where its code runs, then applies floors for payment data:
///
/// | factor | points |
/// |---|---|
/// | exposure | internet 3, partner 2, internal 0 |
/// | data | payment or financial 3, personal 2, confidential 1, internal or public 0 (the highest that applies) |
/// | criticality | critical 3, high 2, medium 1, low 0 |
/// | platform | mobile 1 (code runs on devices the organisation does not control), others 0 |
///
/// 8 or more is tier 1, 5–7 tier 2, 3–4 tier 3, 0–2 tier 4. An internet-facing project that handles
/// payment data is always tier 1, and any project that handles payment data is at least tier 2.
public enum RiskTier: Int, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case tier1 = 1
    case tier2 = 2
    case tier3 = 3
    case tier4 = 4

    /// Lower raw value is higher risk, so `tier1 < tier2`.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    public var description: String { "tier \(rawValue)" }

    /// Parses `1`, `tier1`, `tier-1` or `tier 1`.
    public init?(parsing text: String) {
        let digits = text.lowercased().replacingOccurrences(of: "tier", with: "").trimmingCharacters(in: [" ", "-", "_"])
        guard let number = Int(digits), let tier = RiskTier(rawValue: number) else { return nil }
        self = tier
    }

    /// The tier the documented rule gives `profile`.
    public init(profile: ProjectProfile) {
        let score = Self.score(for: profile)
        var tier: RiskTier = score >= 8 ? .tier1 : score >= 5 ? .tier2 : score >= 3 ? .tier3 : .tier4
        if profile.handlesPaymentData {
            tier = min(tier, profile.exposure == .internet ? .tier1 : .tier2)
        }
        self = tier
    }

    /// The points the rule adds up for `profile` (0…10).
    public static func score(for profile: ProjectProfile) -> Int {
        let exposure = switch profile.exposure {
        case .internet: 3
        case .partner: 2
        case .internal: 0
        }
        var data = switch profile.dataClassification {
        case .financial: 3
        case .personal: 2
        case .confidential: 1
        case .internal, .public: 0
        }
        if profile.handlesPaymentData { data = max(data, 3) }
        if profile.handlesPersonalData { data = max(data, 2) }
        let criticality = switch profile.criticality {
        case .critical: 3
        case .high: 2
        case .medium: 1
        case .low: 0
        }
        let platform = profile.platform == .mobile ? 1 : 0
        return exposure + data + criticality + platform
    }
}
