import Foundation
import SQLKit
import WardCore

/// One line of the web UI's project list: open findings by severity and the latest scan.
public struct ProjectSummary: Sendable, Hashable {
    public var projectID: Int
    public var openBySeverity: [Severity: Int]
    public var overdue: Int
    public var lastScanAt: Date?
    public var scanCount: Int
}

extension PlatformStore {
    /// Summaries of every project `visibility` sees, keyed by project id, in two grouped queries
    /// (not one dashboard per project, which would not scale to thousands of projects).
    public func projectSummaries(visibility: Visibility) async throws -> [Int: ProjectSummary] {
        let scope = visibility.projectCondition
        let now = self.now.epoch
        return try await database.withConnection { db in
            var summaries: [Int: ProjectSummary] = [:]
            func summary(_ id: Int) -> ProjectSummary {
                summaries[id] ?? ProjectSummary(projectID: id, openBySeverity: [:], overdue: 0, lastScanAt: nil, scanCount: 0)
            }
            for row in try await db.raw("""
                SELECT f.project_id, f.severity, COUNT(*) AS n, SUM(CASE WHEN f.due_at < \(bind: now) THEN 1 ELSE 0 END) AS overdue
                FROM findings f JOIN projects p ON p.id = f.project_id WHERE
                """ + " " + scope + " AND " + Self.activeStates + " GROUP BY f.project_id, f.severity").all() {
                let id = try row.int("project_id")
                var entry = summary(id)
                if let severity = Severity(rawValue: try row.string("severity")) { entry.openBySeverity[severity] = try row.int("n") }
                entry.overdue += try row.int("overdue")
                summaries[id] = entry
            }
            for row in try await db.raw("""
                SELECT s.project_id, COUNT(*) AS n, MAX(s.received_at) AS last_at FROM scans s JOIN projects p ON p.id = s.project_id WHERE
                """ + " " + scope + " GROUP BY s.project_id").all() {
                let id = try row.int("project_id")
                var entry = summary(id)
                entry.scanCount = try row.int("n")
                entry.lastScanAt = try row.optionalDate("last_at")
                summaries[id] = entry
            }
            return summaries
        }
    }
}
