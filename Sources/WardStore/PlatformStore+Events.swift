import Foundation
import SQLKit

/// An event about to be appended to the audit trail.
struct Event: Sendable {
    var actor: Actor
    var action: String
    var projectID: Int?
    var findingID: Int?
    var scanID: Int?
    var from: String?
    var to: String?
    var reason: String?
}

/// What the audit log can be filtered by.
public struct EventFilter: Sendable {
    public var projectID: Int?
    public var findingID: Int?
    public var actor: String?
    public var action: String?
    /// Events with an id below this one (the cursor of the previous page).
    public var before: Int?
    public var limit: Int

    public init(projectID: Int? = nil, findingID: Int? = nil, actor: String? = nil, action: String? = nil, before: Int? = nil, limit: Int = 100) {
        self.projectID = projectID
        self.findingID = findingID
        self.actor = actor
        self.action = action
        self.before = before
        self.limit = limit
    }
}

extension PlatformStore {
    /// Appends one event; callers run it in the transaction of the change it records.
    func record(_ db: any SQLDatabase, _ event: Event) async throws {
        try await db.raw("""
            INSERT INTO events (at, actor, action, project_id, finding_id, scan_id, from_state, to_state, reason)
            VALUES (\(bind: now.epoch), \(bind: event.actor.name), \(bind: event.action), \(bind: event.projectID),
                    \(bind: event.findingID), \(bind: event.scanID), \(bind: event.from), \(bind: event.to), \(bind: event.reason))
            """).run()
    }

    /// Events, newest first, within what `visibility` may see (events about no project only for all-seeing readers).
    public func events(_ filter: EventFilter, visibility: Visibility = .everything) async throws -> [EventRecord] {
        var condition: SQLQueryString = "1 = 1"
        if let projectID = filter.projectID { condition += " AND e.project_id = \(bind: projectID)" }
        if let findingID = filter.findingID { condition += " AND e.finding_id = \(bind: findingID)" }
        if let actor = filter.actor { condition += " AND e.actor = \(bind: actor)" }
        if let action = filter.action { condition += " AND e.action LIKE \(bind: action + "%")" }
        if let before = filter.before { condition += " AND e.id < \(bind: before)" }
        if !visibility.allProjects || visibility.projectKeys != nil {
            condition += " AND e.project_id IN (SELECT p.id FROM projects p WHERE " + visibility.projectCondition + ")"
        }
        let limit = max(1, min(filter.limit, 1000))
        let query: SQLQueryString = """
            SELECT e.id, e.at, e.actor, e.action, e.project_id, e.finding_id, e.scan_id, e.from_state, e.to_state, e.reason
            FROM events e WHERE
            """ + " " + condition + " ORDER BY e.id DESC LIMIT \(literal: limit)"
        return try await database.withConnection { db in
            try await db.raw(query).all().map { row in
                EventRecord(
                    id: try row.int("id"), at: try row.date("at"), actor: try row.string("actor"), action: try row.string("action"),
                    projectID: try row.optionalInt("project_id"), findingID: try row.optionalInt("finding_id"),
                    scanID: try row.optionalInt("scan_id"), from: try row.optionalString("from_state"),
                    to: try row.optionalString("to_state"), reason: try row.optionalString("reason"))
            }
        }
    }
}
