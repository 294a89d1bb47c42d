import Foundation
import SQLKit
import WardCore

/// What the findings list can be narrowed by; every field is optional.
public struct FindingFilter: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        case severity
        case due
        case firstSeen = "first_seen"
        case lastSeen = "last_seen"
        case id
    }

    public var projectID: Int?
    public var states: [FindingState] = []
    public var severities: [Severity] = []
    public var kinds: [FindingKind] = []
    public var tools: [String] = []
    public var ruleIds: [String] = []
    public var cwe: Int?
    public var pathPrefix: String?
    public var overdue: Bool?
    public var text: String?
    public var sort: Sort = .severity
    public var ascending = false
    public var cursor: String?
    public var limit = 50

    public init() {}
}

/// One page of findings and the cursor of the next, if there is one.
public struct FindingPage: Sendable {
    public var items: [FindingRecord]
    public var next: String?
}

extension PlatformStore {
    public func findings(_ filter: FindingFilter, visibility: Visibility) async throws -> FindingPage {
        let limit = max(1, min(filter.limit, 500))
        let sortExpression = Self.sortExpression(filter.sort)
        var condition = try whereClause(filter, visibility: visibility)
        if let cursor = filter.cursor {
            guard let (value, id) = Self.decodeCursor(cursor) else { throw StoreError.invalid("the cursor is not one this server made") }
            let op = filter.ascending ? ">" : "<"
            condition += " AND (\(unsafeRaw: sortExpression) \(unsafeRaw: op) \(bind: value) OR (\(unsafeRaw: sortExpression) = \(bind: value) AND f.id \(unsafeRaw: op) \(bind: id)))"
        }
        let direction = filter.ascending ? "ASC" : "DESC"
        let query: SQLQueryString = Self.findingSelect + ", \(unsafeRaw: sortExpression) AS sort_key FROM findings f JOIN projects p ON p.id = f.project_id WHERE "
            + condition + " ORDER BY \(unsafeRaw: sortExpression) \(unsafeRaw: direction), f.id \(unsafeRaw: direction) LIMIT \(literal: limit + 1)"
        let rows = try await database.withConnection { db in try await db.raw(query).all() }
        let items = try rows.prefix(limit).map(Self.findingRecord)
        var next: String?
        if rows.count > limit, let last = rows.prefix(limit).last {
            next = Self.encodeCursor(value: try last.decode(column: "sort_key", as: Int64.self), id: try last.int("id"))
        }
        return FindingPage(items: items, next: next)
    }

    /// How many findings match, for list headers.
    public func countFindings(_ filter: FindingFilter, visibility: Visibility) async throws -> Int {
        let query: SQLQueryString = "SELECT COUNT(*) AS n FROM findings f JOIN projects p ON p.id = f.project_id WHERE "
            + (try whereClause(filter, visibility: visibility))
        return try await database.withConnection { db in try await db.raw(query).first()!.int("n") }
    }

    public func finding(id: Int, visibility: Visibility) async throws -> FindingRecord? {
        try await findings(ids: [id], visibility: visibility).first
    }

    public func findings(ids: [Int], visibility: Visibility) async throws -> [FindingRecord] {
        guard !ids.isEmpty else { return [] }
        let query: SQLQueryString = Self.findingSelect + " FROM findings f JOIN projects p ON p.id = f.project_id WHERE f.id IN (\(binds: ids)) AND "
            + visibility.projectCondition + " ORDER BY f.id"
        return try await database.withConnection { db in try await db.raw(query).all().map(Self.findingRecord) }
    }

    public func sources(ofFinding id: Int) async throws -> [FindingSourceRecord] {
        try await database.withConnection { db in
            try await db.raw("""
                SELECT tool, rule_id, severity, title, fingerprint, first_scan_id FROM finding_sources WHERE finding_id = \(bind: id) ORDER BY id
                """).all().map { row in
                FindingSourceRecord(
                    tool: try row.string("tool"), ruleId: try row.string("rule_id"),
                    severity: Severity(rawValue: try row.string("severity")) ?? .medium, title: try row.string("title"),
                    fingerprint: try row.string("fingerprint"), firstScanID: try row.int("first_scan_id"))
            }
        }
    }

    /// Where the finding was in each scan that reported it, newest first.
    public func occurrences(ofFinding id: Int, limit: Int = 100) async throws -> [OccurrenceRecord] {
        try await database.withConnection { db in
            try await db.raw("""
                SELECT o.scan_id, s.branch, s.received_at, o.path, o.start_line, o.end_line, o.snippet, o.commit_sha
                FROM occurrences o JOIN scans s ON s.id = o.scan_id WHERE o.finding_id = \(bind: id) ORDER BY o.scan_id DESC LIMIT \(literal: limit)
                """).all().map { row in
                var location: Location?
                if let path = try row.optionalString("path") {
                    let start = try row.optionalInt("start_line") ?? 0, end = try row.optionalInt("end_line") ?? start
                    location = Location(path: path, startLine: start, startColumn: 0, endLine: end, endColumn: 0, snippet: try row.optionalString("snippet"))
                }
                return OccurrenceRecord(
                    scanID: try row.int("scan_id"), branch: try row.string("branch"), at: try row.date("received_at"),
                    location: location, commit: try row.optionalString("commit_sha"))
            }
        }
    }

    // MARK: - SQL

    func whereClause(_ filter: FindingFilter, visibility: Visibility) throws -> SQLQueryString {
        var condition = visibility.projectCondition
        if let projectID = filter.projectID { condition += " AND f.project_id = \(bind: projectID)" }
        if !filter.states.isEmpty { condition += " AND f.state IN (\(binds: filter.states.map(\.rawValue)))" }
        if !filter.severities.isEmpty { condition += " AND f.severity_rank IN (\(binds: filter.severities.map(\.rank)))" }
        if !filter.kinds.isEmpty { condition += " AND f.kind IN (\(binds: filter.kinds.map(\.rawValue)))" }
        if !filter.tools.isEmpty {
            condition += " AND (" + filter.tools.map { "f.tools LIKE \(bind: "%," + Self.escapeLike($0) + ",%") ESCAPE '\\'" as SQLQueryString }.joined(separator: " OR ") + ")"
        }
        if !filter.ruleIds.isEmpty { condition += " AND f.rule_id IN (\(binds: filter.ruleIds))" }
        if let cwe = filter.cwe { condition += " AND f.cwe LIKE \(bind: "%,\(cwe),%")" }
        if let prefix = filter.pathPrefix, !prefix.isEmpty {
            condition += " AND f.path LIKE \(bind: Self.escapeLike(prefix) + "%") ESCAPE '\\'"
        }
        if let overdue = filter.overdue {
            let active: SQLQueryString = "f.state IN ('open', 'confirmed', 'reopened')"
            condition += overdue
                ? " AND " + active + " AND f.due_at IS NOT NULL AND f.due_at < \(bind: now.epoch)"
                : " AND NOT (" + active + " AND f.due_at IS NOT NULL AND f.due_at < \(bind: now.epoch))"
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let pattern = "%" + Self.escapeLike(text.lowercased()) + "%"
            condition += """
                 AND (LOWER(f.title) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(f.message) LIKE \(bind: pattern) ESCAPE '\\'
                 OR LOWER(COALESCE(f.path, '')) LIKE \(bind: pattern) ESCAPE '\\' OR LOWER(f.rule_id) LIKE \(bind: pattern) ESCAPE '\\')
                """
        }
        return condition
    }

    /// The (never null) expression a sort orders by; the cursor carries its value.
    static func sortExpression(_ sort: FindingFilter.Sort) -> String {
        switch sort {
        case .severity: "f.severity_rank"
        case .due: "COALESCE(f.due_at, 9999999999)"
        case .firstSeen: "f.first_seen_at"
        case .lastSeen: "f.last_seen_at"
        case .id: "f.id"
        }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    static func encodeCursor(value: Int64, id: Int) -> String {
        Data("\(value):\(id)".utf8).base64EncodedString()
    }

    static func decodeCursor(_ cursor: String) -> (Int64, Int)? {
        guard cursor.count < 100, let data = Data(base64Encoded: cursor) else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(separator: ":")
        guard parts.count == 2, let value = Int64(parts[0]), let id = Int(parts[1]) else { return nil }
        return (value, id)
    }

    static let findingSelect: SQLQueryString = """
        SELECT f.id, f.project_id, p.key AS project_key, f.fingerprint, f.rule_id, f.tool, f.tools, f.kind, f.severity, f.confidence,
               f.title, f.message, f.cwe, f.path, f.start_line, f.end_line, f.snippet, f.purl, f.advisory_id, f.state, f.state_reason,
               f.accepted_until, f.first_seen_at, f.last_seen_at, f.first_scan_id, f.last_scan_id, f.last_branch, f.fixed_at,
               f.fixed_scan_id, f.due_at, f.source_count, f.detail
        """

    static func findingRecord(_ row: any SQLRow) throws -> FindingRecord {
        let detail = try StoreJSON.decode(Finding.self, from: try row.string("detail"))
        var location: Location?
        if let path = try row.optionalString("path") {
            let start = try row.optionalInt("start_line") ?? 0, end = try row.optionalInt("end_line") ?? start
            location = Location(
                path: path, startLine: start, startColumn: detail.location?.startColumn ?? 0, endLine: end,
                endColumn: detail.location?.endColumn ?? 0, snippet: try row.optionalString("snippet"))
        }
        return FindingRecord(
            id: try row.int("id"), projectID: try row.int("project_id"), projectKey: try row.string("project_key"),
            fingerprint: try row.string("fingerprint"), ruleId: try row.string("rule_id"), tool: try row.string("tool"),
            tools: DelimitedList.decode(try row.string("tools")), kind: FindingKind(rawValue: try row.string("kind")) ?? .code,
            severity: Severity(rawValue: try row.string("severity")) ?? .medium,
            confidence: Confidence(rawValue: try row.string("confidence")) ?? .medium, title: try row.string("title"),
            message: try row.string("message"), cwe: DelimitedList.decode(try row.string("cwe")).compactMap { Int($0) },
            location: location, purl: try row.optionalString("purl"), advisoryID: try row.optionalString("advisory_id"),
            state: FindingState(rawValue: try row.string("state")) ?? .open, stateReason: try row.optionalString("state_reason"),
            acceptedUntil: try row.optionalDate("accepted_until"), firstSeenAt: try row.date("first_seen_at"),
            lastSeenAt: try row.date("last_seen_at"), firstScanID: try row.int("first_scan_id"), lastScanID: try row.int("last_scan_id"),
            branch: try row.string("last_branch"), fixedAt: try row.optionalDate("fixed_at"), fixedScanID: try row.optionalInt("fixed_scan_id"),
            dueAt: try row.optionalDate("due_at"), sourceCount: try row.int("source_count"), detail: detail)
    }
}
