import Foundation
import SQLKit
import WardCore

extension PlatformStore {
    public func scan(id: Int) async throws -> ScanRecord? {
        try await database.withConnection { db in try await self.scan(db, where: "s.id = \(bind: id)") }
    }

    /// Scans newest first, within what `visibility` sees, optionally of one project.
    public func scans(projectID: Int? = nil, visibility: Visibility, before: Int? = nil, limit: Int = 50) async throws -> [ScanRecord] {
        var condition: SQLQueryString = visibility.projectCondition
        if let projectID { condition += " AND s.project_id = \(bind: projectID)" }
        if let before { condition += " AND s.id < \(bind: before)" }
        let query = Self.scanSelect + " WHERE " + condition + " ORDER BY s.id DESC LIMIT \(literal: max(1, min(limit, 500)))"
        return try await database.withConnection { db in try await db.raw(query).all().map(Self.scanRecord) }
    }

    /// Findings of a scan that it created, reopened or fixed.
    public func scanChanges(scanID: Int) async throws -> (new: [Int], reopened: [Int], fixed: [Int]) {
        try await database.withConnection { db in
            let rows = try await db.raw("""
                SELECT finding_id, action, to_state FROM events WHERE scan_id = \(bind: scanID) AND finding_id IS NOT NULL ORDER BY id
                """).all()
            var new: [Int] = [], reopened: [Int] = [], fixed: [Int] = []
            for row in rows {
                let id = try row.int("finding_id")
                switch (try row.string("action"), try row.optionalString("to_state")) {
                case ("finding.create", _): new.append(id)
                case (_, "reopened"): reopened.append(id)
                case (_, "fixed"): fixed.append(id)
                default: break
                }
            }
            return (new, reopened, fixed)
        }
    }

    func scan(_ db: any SQLDatabase, where condition: SQLQueryString) async throws -> ScanRecord? {
        try await db.raw(Self.scanSelect + " WHERE " + condition).first().map(Self.scanRecord)
    }

    static let scanSelect: SQLQueryString = """
        SELECT s.id, s.project_id, p.key AS project_key, s.branch, s.commit_sha, s.tools, s.kinds, s.started_at, s.finished_at,
               s.received_at, s.uploader, s.format, s.total_count, s.new_count, s.fixed_count, s.reopened_count, s.summary
        FROM scans s JOIN projects p ON p.id = s.project_id
        """

    static func scanRecord(_ row: any SQLRow) throws -> ScanRecord {
        ScanRecord(
            id: try row.int("id"), projectID: try row.int("project_id"), projectKey: try row.string("project_key"),
            branch: try row.string("branch"), commit: try row.optionalString("commit_sha"),
            tools: DelimitedList.decode(try row.string("tools")),
            kinds: DelimitedList.decode(try row.string("kinds")).compactMap(FindingKind.init(rawValue:)),
            startedAt: try row.date("started_at"), finishedAt: try row.date("finished_at"), receivedAt: try row.date("received_at"),
            uploader: try row.string("uploader"), format: try row.string("format"), totalCount: try row.int("total_count"),
            newCount: try row.int("new_count"), fixedCount: try row.int("fixed_count"), reopenedCount: try row.int("reopened_count"),
            summary: (try? StoreJSON.decode([String: Int].self, from: try row.string("summary"))) ?? [:])
    }
}
