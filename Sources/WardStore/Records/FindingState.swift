/// Where a finding is in its lifecycle on the platform.
public enum FindingState: String, Codable, Sendable, CaseIterable {
    case open
    case confirmed
    case falsePositive = "false_positive"
    case acceptedRisk = "accepted_risk"
    case fixed
    case reopened

    /// Still to be fixed: counts toward SLAs, gates and dashboards.
    public var isActive: Bool { self == .open || self == .confirmed || self == .reopened }

    /// States a person may move a finding to; `reopened` is the platform's word for a regression.
    public static let triageTargets: [FindingState] = [.open, .confirmed, .falsePositive, .acceptedRisk, .fixed]

    public var label: String {
        switch self {
        case .open: "Open"
        case .confirmed: "Confirmed"
        case .falsePositive: "False positive"
        case .acceptedRisk: "Accepted risk"
        case .fixed: "Fixed"
        case .reopened: "Reopened"
        }
    }
}

/// What a user may do on the platform.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    /// Read-only everywhere, including the audit log.
    case auditor
    /// Sees and triages the projects of their teams; cannot accept risk.
    case developer
    /// Sees and triages everything, accepts risk.
    case security
    /// Everything, including users, teams and tokens.
    case admin

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }

    public var seesAllProjects: Bool { self != .developer }
    public var canTriage: Bool { self != .auditor }
    public var canAcceptRisk: Bool { self == .security || self == .admin }
    public var canReadAuditLog: Bool { self == .auditor || self == .admin || self == .security }
    public var canAdminister: Bool { self == .admin }
    public var canUpload: Bool { self != .auditor }
}
