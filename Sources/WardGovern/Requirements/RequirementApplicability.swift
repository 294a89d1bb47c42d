/// Which projects a requirement applies to; an empty set means "any".
public struct RequirementApplicability: Codable, Sendable, Hashable {
    public var platforms: Set<ProjectProfile.Platform>
    public var exposures: Set<ProjectProfile.Exposure>
    /// Only for projects that handle personal data.
    public var personalData: Bool
    /// Only for projects that handle payment data.
    public var paymentData: Bool
    /// Only for projects at this tier or a higher-risk one (tier 1 is the highest risk).
    public var minimumTier: RiskTier?

    public init(
        platforms: Set<ProjectProfile.Platform> = [], exposures: Set<ProjectProfile.Exposure> = [], personalData: Bool = false,
        paymentData: Bool = false, minimumTier: RiskTier? = nil
    ) {
        self.platforms = platforms
        self.exposures = exposures
        self.personalData = personalData
        self.paymentData = paymentData
        self.minimumTier = minimumTier
    }

    /// Every project.
    public static let all = RequirementApplicability()
    /// Mobile apps only.
    public static let mobile = RequirementApplicability(platforms: [.mobile])
    /// Anything with interactive users or callers: not batch jobs.
    public static let interactive = RequirementApplicability(platforms: [.web, .mobile, .api])
    /// Server-side code that answers requests.
    public static let services = RequirementApplicability(platforms: [.web, .api])

    public func applies(to profile: ProjectProfile) -> Bool {
        if !platforms.isEmpty, !platforms.contains(profile.platform) { return false }
        if !exposures.isEmpty, !exposures.contains(profile.exposure) { return false }
        if personalData, !profile.handlesPersonalData { return false }
        if paymentData, !profile.handlesPaymentData { return false }
        if let minimumTier, profile.riskTier > minimumTier { return false }
        return true
    }

    /// The conditions in words, for exports: "mobile; personal data", or "all projects".
    public var summary: String {
        var parts: [String] = []
        if !platforms.isEmpty { parts.append(platforms.map(\.rawValue).sorted().joined(separator: "/")) }
        if !exposures.isEmpty { parts.append(exposures.map(\.rawValue).sorted().joined(separator: "/") + " exposure") }
        if personalData { parts.append("personal data") }
        if paymentData { parts.append("payment data") }
        if let minimumTier { parts.append("\(minimumTier) or higher risk") }
        return parts.isEmpty ? "all projects" : parts.joined(separator: "; ")
    }
}
