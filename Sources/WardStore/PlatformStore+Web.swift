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
    /// Summaries of every project `visibility` sees, keyed by project id, in three grouped queries
    /// (not one dashboard per project, which would not scale to thousands of projects).
    public func projectSummaries(visibility: Visibility) async throws -> [Int: ProjectSummary] {
        let scope = visibility.projectCondition
        let now = self.now.epoch
        return try await database.withConnection { db in
            var summaries: [Int: ProjectSummary] = [:]
            func summary(_ id: Int) -> ProjectSummary {
                summaries[id] ?? ProjectSummary(projectID: id, openBySeverity: [:], overdue: 0, lastScanAt: nil, scanCount: 0)
            }
            // From the summaries every write keeps: rows per project × rule, not per finding.
            for row in try await db.raw("""
                SELECT s.project_id, s.severity, SUM(s.n) AS n FROM summary_kinds s JOIN projects p ON p.id = s.project_id WHERE
                """ + " " + scope + " GROUP BY s.project_id, s.severity").all() {
                let id = try row.int("project_id")
                var entry = summary(id)
                if let severity = Severity(rawValue: try row.string("severity")) { entry.openBySeverity[severity] = try row.int("n") }
                summaries[id] = entry
            }
            for row in try await db.raw("""
                SELECT s.project_id, SUM(s.n) AS n FROM summary_due s JOIN projects p ON p.id = s.project_id WHERE
                """ + " " + scope + " AND s.due_at < \(bind: now) GROUP BY s.project_id").all() {
                let id = try row.int("project_id")
                var entry = summary(id)
                entry.overdue = try row.int("n")
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
