import Foundation
import Hummingbird
import WardCore
import WardGovern
import WardStore

/// A finding as the API shows it.
struct FindingJSON: Codable, Sendable {
    var id: Int
    var project: String
    var state: FindingState
    var severity: Severity
    var ruleId: String
    var tool: String
    var tools: [String]
    var kind: FindingKind
    var title: String
    var message: String
    var cwe: [Int]
    var fingerprint: String
    var location: Location?
    var purl: String?
    var advisoryId: String?
    var branch: String
    var firstSeenAt: Date
    var lastSeenAt: Date
    var dueAt: Date?
    var overdue: Bool
    var stateReason: String?
    var acceptedUntil: Date?
    var fixedAt: Date?
    var fixedScan: Int?
    var sourceCount: Int

    init(_ record: FindingRecord, now: Date) {
        id = record.id
        project = record.projectKey
        state = record.state
        severity = record.severity
        ruleId = record.ruleId
        tool = record.tool
        tools = record.tools
        kind = record.kind
        title = record.title
        message = record.message
        cwe = record.cwe
        fingerprint = record.fingerprint
        location = record.location
        purl = record.purl
        advisoryId = record.advisoryID
        branch = record.branch
        firstSeenAt = record.firstSeenAt
        lastSeenAt = record.lastSeenAt
        dueAt = record.dueAt
        overdue = record.isOverdue(at: now)
        stateReason = record.stateReason
        acceptedUntil = record.acceptedUntil
        fixedAt = record.fixedAt
        fixedScan = record.fixedScanID
        sourceCount = record.sourceCount
    }
}

/// A finding with everything known about it: every source, every occurrence, the original report.
struct FindingDetailJSON: Codable, Sendable {
    var finding: FindingJSON
    var remediation: String?
    var secret: RedactedSecret?
    var component: ComponentReference?
    var advisory: AdvisoryReference?
    var sources: [FindingSourceRecord]
    var occurrences: [OccurrenceRecord]
}

struct EventJSON: Codable, Sendable {
    var id: Int
    var at: Date
    var actor: String
    var action: String
    var project: Int?
    var finding: Int?
    var scan: Int?
    var from: String?
    var to: String?
    var reason: String?

    init(_ event: EventRecord) {
        id = event.id
        at = event.at
        actor = event.actor
        action = event.action
        project = event.projectID
        finding = event.findingID
        scan = event.scanID
        from = event.from
        to = event.to
        reason = event.reason
    }
}

/// A page of a list: `{"items": […], "next": "<cursor>" | null}`; `next` is always present.
struct Page<Item: Codable & Sendable>: Codable, Sendable {
    var items: [Item]
    var next: String?

    init(items: [Item], next: String?) {
        self.items = items
        self.next = next
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(next, forKey: .next)
    }
}

struct ProjectJSON: Codable, Sendable {
    var key: String
    var name: String
    var team: String?
    var profile: ProjectProfile
    var createdAt: Date
    /// 1 (highest risk) to 4, derived from the profile.
    var riskTier: Int
    /// Null: the platform's default gate; `auto` or `id[@version]`.
    var baselineChoice: String?
    /// The baseline that applies, when one does.
    var baseline: BaselineJSON?

    init(_ record: ProjectRecord) {
        key = record.key
        name = record.name
        team = record.teamName
        profile = record.profile
        createdAt = record.createdAt
        riskTier = record.profile.riskTier.rawValue
        baselineChoice = record.baselineChoice
        baseline = record.baseline.map(BaselineJSON.init)
    }
}

struct TransitionRequest: Codable, Sendable {
    var state: FindingState
    var reason: String
    var acceptedUntil: Date?
}

struct BulkTransitionRequest: Codable, Sendable {
    var ids: [Int]
    var state: FindingState
    var reason: String
    var acceptedUntil: Date?
}

struct UploadResultJSON: Codable, Sendable {
    var scan: ScanRecord
    var url: String
    var new: Int
    var reopened: Int
    var fixed: Int
    var gate: GateDecision
}

struct GateJSON: Codable, Sendable {
    var project: String
    var scan: Int?
    var pass: Bool
    var reasons: [String]
    /// The baseline that judged (`id@version`); absent for the platform's default gate.
    var baseline: String?
    var riskTier: Int
}

extension FindingJSON: ResponseEncodable {}
extension FindingDetailJSON: ResponseEncodable {}
extension EventJSON: ResponseEncodable {}
extension Page: ResponseEncodable {}
extension ProjectJSON: ResponseEncodable {}
extension UploadResultJSON: ResponseEncodable {}
extension GateJSON: ResponseEncodable {}
extension DashboardStats: ResponseEncodable {}
extension ScanRecord: ResponseEncodable {}
