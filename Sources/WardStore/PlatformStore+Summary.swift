import Foundation
import SQLKit

extension PlatformStore {
    static let secondsPerWeek: Int64 = 7 * 86_400

    /// Recounts the dashboard summaries of `projectIDs` inside the caller's transaction, so they are
    /// never out of step with the findings: every write that changes a finding's state calls it.
    /// The current week is the only week a write can change, as events are stamped with the time of writing.
    func refreshSummaries(_ db: any SQLDatabase, projectIDs: some Sequence<Int>) async throws {
        let week = now.epoch / Self.secondsPerWeek
        for projectID in Set(projectIDs).sorted() {
            try await db.raw("DELETE FROM summary_counts WHERE project_id = \(bind: projectID)").run()
            try await db.raw("""
                INSERT INTO summary_counts (project_id, severity, severity_rank, kind, rule_id, cwe, n)
                SELECT project_id, severity, severity_rank, kind, rule_id, cwe, COUNT(*) FROM findings
                WHERE project_id = \(bind: projectID) AND state IN ('open', 'confirmed', 'reopened')
                GROUP BY project_id, severity, severity_rank, kind, rule_id, cwe
                """).run()
            // The coarser summaries come from the one above: a project has far fewer rows there than findings.
            try await db.raw("DELETE FROM summary_kinds WHERE project_id = \(bind: projectID)").run()
            try await db.raw("""
                INSERT INTO summary_kinds (project_id, severity, severity_rank, kind, n)
                SELECT project_id, severity, severity_rank, kind, SUM(n) FROM summary_counts WHERE project_id = \(bind: projectID)
                GROUP BY project_id, severity, severity_rank, kind
                """).run()
            try await db.raw("DELETE FROM summary_cwes WHERE project_id = \(bind: projectID)").run()
            try await db.raw("""
                INSERT INTO summary_cwes (project_id, cwe, n)
                SELECT project_id, cwe, SUM(n) FROM summary_counts WHERE project_id = \(bind: projectID) GROUP BY project_id, cwe
                """).run()
            try await db.raw("DELETE FROM summary_due WHERE project_id = \(bind: projectID)").run()
            try await db.raw("""
                INSERT INTO summary_due (project_id, severity, severity_rank, due_at, n)
                SELECT project_id, severity, severity_rank, due_at, COUNT(*) FROM findings
                WHERE project_id = \(bind: projectID) AND state IN ('open', 'confirmed', 'reopened') AND due_at IS NOT NULL
                GROUP BY project_id, severity, severity_rank, due_at
                """).run()
            try await db.raw("DELETE FROM summary_weeks WHERE project_id = \(bind: projectID) AND week = \(bind: week)").run()
            try await db.raw("""
                INSERT INTO summary_weeks (project_id, week, created, fixed, fix_seconds)
                SELECT e.project_id, \(bind: week),
                    SUM(CASE WHEN e.action = 'finding.create' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN e.to_state = 'fixed' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN e.to_state = 'fixed' THEN e.at - f.first_seen_at ELSE 0 END)
                FROM events e JOIN findings f ON f.id = e.finding_id
                WHERE e.project_id = \(bind: projectID) AND e.at >= \(bind: week * Self.secondsPerWeek) AND e.at < \(bind: (week + 1) * Self.secondsPerWeek)
                GROUP BY e.project_id
                """).run()
        }
    }

    /// Recounts every project's summaries: for bulk loads that bypass the store (benchmarks) and repairs.
    public func rebuildSummaries() async throws {
        let ids = try await database.withConnection { db in
            try await db.raw("SELECT id FROM projects ORDER BY id").all().map { try $0.int("id") }
        }
        for chunk in stride(from: 0, to: ids.count, by: 50).map({ Array(ids[$0..<min($0 + 50, ids.count)]) }) {
            try await database.transaction { db in
                try await db.raw("DELETE FROM summary_weeks WHERE project_id IN (\(binds: chunk))").run()
                try await db.raw("""
                    INSERT INTO summary_weeks (project_id, week, created, fixed, fix_seconds)
                    SELECT e.project_id, e.at / \(literal: Self.secondsPerWeek),
                        SUM(CASE WHEN e.action = 'finding.create' THEN 1 ELSE 0 END),
                        SUM(CASE WHEN e.to_state = 'fixed' THEN 1 ELSE 0 END),
                        SUM(CASE WHEN e.to_state = 'fixed' THEN e.at - f.first_seen_at ELSE 0 END)
                    FROM events e JOIN findings f ON f.id = e.finding_id
                    WHERE e.project_id IN (\(binds: chunk)) GROUP BY e.project_id, e.at / \(literal: Self.secondsPerWeek)
                    """).run()
                // The current week is rewritten by refreshSummaries; delete it first so the insert does not collide.
                let week = self.now.epoch / Self.secondsPerWeek
                try await db.raw("DELETE FROM summary_weeks WHERE project_id IN (\(binds: chunk)) AND week = \(bind: week)").run()
                try await self.refreshSummaries(db, projectIDs: chunk)
            }
        }
    }
}
