/// A project's security portrait: what it exposes, what data it handles, what it runs on and how
/// much the business depends on it. It selects the SLA, the baseline and the requirement set.
public struct ProjectProfile: Codable, Sendable, Hashable {
    public enum Exposure: String, Codable, Sendable, CaseIterable {
        case internet
        case partner
        case `internal`
    }

    public enum DataClassification: String, Codable, Sendable, CaseIterable, Comparable {
        case `public`
        case `internal`
        case confidential
        case personal
        case financial

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public enum Platform: String, Codable, Sendable, CaseIterable {
        case web
        case mobile
        case api
        case batch
    }

    public enum Criticality: String, Codable, Sendable, CaseIterable, Comparable {
        case low
        case medium
        case high
        case critical

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var exposure: Exposure
    public var dataClassification: DataClassification
    public var platform: Platform
    public var criticality: Criticality
    /// Regulations the project falls under, free text (e.g. `PCI DSS`, `PIPL`).
    public var regulations: [String]
    /// Per-project SLA override; nil uses the default for the profile.
    public var sla: SLAPolicy?
    /// Whether it handles personal data; nil derives it from `dataClassification` (personal or financial).
    public var personalData: Bool?
    /// Whether it handles payment data (cards, accounts, transfers); nil derives it from `dataClassification` (financial).
    public var paymentData: Bool?

    public init(
        exposure: Exposure = .internal, dataClassification: DataClassification = .internal, platform: Platform = .api,
        criticality: Criticality = .medium, regulations: [String] = [], sla: SLAPolicy? = nil, personalData: Bool? = nil,
        paymentData: Bool? = nil
    ) {
        self.exposure = exposure
        self.dataClassification = dataClassification
        self.platform = platform
        self.criticality = criticality
        self.regulations = regulations
        self.sla = sla
        self.personalData = personalData
        self.paymentData = paymentData
    }

    /// The SLA that applies: the project's own, or the default.
    public var effectiveSLA: SLAPolicy { sla ?? .default }

    /// Personal data: the explicit flag, or a personal or financial classification.
    public var handlesPersonalData: Bool { personalData ?? (dataClassification >= .personal) }

    /// Payment data: the explicit flag, or a financial classification.
    public var handlesPaymentData: Bool { paymentData ?? (dataClassification == .financial) }

    /// The risk tier the documented rule in `RiskTier` gives this profile.
    public var riskTier: RiskTier { RiskTier(profile: self) }
}
