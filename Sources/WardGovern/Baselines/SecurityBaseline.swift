import WardCore

/// A versioned policy template for a class of projects: gate thresholds, required scans, SLA,
/// required activities and banned components. Named `SecurityBaseline` because `Baseline` in
/// WardCore is the list of accepted findings.
public struct SecurityBaseline: Sendable, Hashable, Identifiable {
    /// Kebab-case id, e.g. `public-api`.
    public var id: String
    /// Raised whenever the policy gets stricter or looser; `id@version` names one exact policy.
    public var version: Int
    public var title: String
    /// Tiers it is meant for; empty means any.
    public var tiers: Set<RiskTier>
    /// Platforms it is meant for; empty means any.
    public var platforms: Set<ProjectProfile.Platform>
    public var gate: BaselineGate
    /// Scan kinds every pipeline must run.
    public var requiredScans: [FindingKind]
    public var sla: SLAPolicy
    public var activities: [RequiredActivity]
    public var bannedComponents: [BannedComponent]

    public init(
        id: String, version: Int, title: String, tiers: Set<RiskTier> = [], platforms: Set<ProjectProfile.Platform> = [],
        gate: BaselineGate = BaselineGate(), requiredScans: [FindingKind] = [], sla: SLAPolicy = .default,
        activities: [RequiredActivity] = [], bannedComponents: [BannedComponent] = []
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.tiers = tiers
        self.platforms = platforms
        self.gate = gate
        self.requiredScans = requiredScans
        self.sla = sla
        self.activities = activities
        self.bannedComponents = bannedComponents
    }

    /// `id@version`, as reasons and `ward.yml` name it.
    public var reference: String { "\(id)@\(version)" }

    /// Whether the baseline is meant for `profile`'s tier and platform.
    public func fits(_ profile: ProjectProfile) -> Bool {
        (tiers.isEmpty || tiers.contains(profile.riskTier)) && (platforms.isEmpty || platforms.contains(profile.platform))
    }
}
