import Foundation
import WardCore
import WardGovern

public struct TeamRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var name: String
}

public struct UserRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var name: String
    public var role: Role
    public var createdAt: Date
    public var disabled: Bool
    public var teams: [TeamRecord]
}

public struct TokenRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var name: String
    public var userID: Int
    public var userName: String
    /// The first characters of the token, enough to recognise it in a list.
    public var prefix: String
    public var role: Role
    /// Project keys the token is limited to; nil for every project the user sees.
    public var projects: [String]?
    public var canCreateProjects: Bool
    public var createdAt: Date
    public var lastUsedAt: Date?
    public var revokedAt: Date?
}

public struct ProjectRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var key: String
    public var name: String
    public var teamID: Int?
    public var teamName: String?
    public var profile: ProjectProfile
    public var createdAt: Date
    /// Nil: the platform's default gate; `auto`: the catalog's baseline for the tier and platform; else `id[@version]`.
    public var baselineChoice: String? = nil
}

public struct ScanRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var projectID: Int
    public var projectKey: String
    public var branch: String
    public var commit: String?
    public var tools: [String]
    public var kinds: [FindingKind]
    public var startedAt: Date
    public var finishedAt: Date
    public var receivedAt: Date
    public var uploader: String
    public var format: String
    public var totalCount: Int
    public var newCount: Int
    public var fixedCount: Int
    public var reopenedCount: Int
    /// Open findings of this scan by severity.
    public var summary: [String: Int]
}

/// A finding as the platform tracks it: the latest report of it plus its lifecycle.
public struct FindingRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var projectID: Int
    public var projectKey: String
    public var fingerprint: String
    public var ruleId: String
    public var tool: String
    public var tools: [String]
    public var kind: FindingKind
    public var severity: Severity
    public var confidence: Confidence
    public var title: String
    public var message: String
    public var cwe: [Int]
    public var location: Location?
    public var purl: String?
    public var advisoryID: String?
    public var state: FindingState
    public var stateReason: String?
    public var acceptedUntil: Date?
    public var firstSeenAt: Date
    public var lastSeenAt: Date
    public var firstScanID: Int
    public var lastScanID: Int
    public var branch: String
    public var fixedAt: Date?
    public var fixedScanID: Int?
    public var dueAt: Date?
    public var sourceCount: Int
    /// The finding as first reported, redacted as every Ward finding is.
    public var detail: Finding

    /// Past its SLA and still to be fixed.
    public func isOverdue(at now: Date) -> Bool {
        guard state.isActive, let dueAt else { return false }
        return dueAt < now
    }
}

public struct FindingSourceRecord: Codable, Sendable, Hashable {
    public var tool: String
    public var ruleId: String
    public var severity: Severity
    public var title: String
    public var fingerprint: String
    public var firstScanID: Int
}

public struct OccurrenceRecord: Codable, Sendable, Hashable {
    public var scanID: Int
    public var branch: String
    public var at: Date
    public var location: Location?
    public var commit: String?
}

/// One line of the append-only audit trail.
public struct EventRecord: Codable, Sendable, Hashable {
    public var id: Int
    public var at: Date
    public var actor: String
    public var action: String
    public var projectID: Int?
    public var findingID: Int?
    public var scanID: Int?
    public var from: String?
    public var to: String?
    public var reason: String?
}

/// Who is doing something, as the audit trail names them.
public struct Actor: Sendable, Hashable {
    public var name: String
    public var role: Role
    public var userID: Int?

    public init(name: String, role: Role, userID: Int? = nil) {
        self.name = name
        self.role = role
        self.userID = userID
    }

    /// The platform itself (automatic fixes, reopenings, expiries).
    public static let system = Actor(name: "system", role: .admin)
}
