import Foundation
import SQLKit
import WardCore
import WardGovern

/// The figures of the portfolio and project dashboards, all computed from stored findings and events.
public struct DashboardStats: Codable, Sendable {
    public struct Week: Codable, Sendable, Hashable {
        public var start: Date
        public var new: Int
        public var fixed: Int
    }

    public struct Count: Codable, Sendable, Hashable {
        public var name: String
        public var count: Int
    }

    public struct ProjectRisk: Codable, Sendable, Hashable {
        public var key: String
        public var score: Int
        public var critical: Int
        public var high: Int
        public var overdue: Int
    }

    public var openBySeverity: [String: Int]
    public var openByKind: [String: Int]
    public var overdue: Int
    public var weeks: [Week]
    /// Mean days from first report to fix, over fixes in the weeks of the last 90 days; nil with none.
    public var meanDaysToRemediate: Double?
    public var topRules: [Count]
    public var topCWEs: [Count]
    public var riskiestProjects: [ProjectRisk]

    public var openTotal: Int { openBySeverity.values.reduce(0, +) }
}

extension PlatformStore {
    /// The dashboard figures, read from the summaries that every write keeps (PlatformStore+Summary):
    /// their size grows with projects × rules, not with findings.
    public func dashboard(projectID: Int? = nil, visibility: Visibility, weeks: Int = 12) async throws -> DashboardStats {
        var scope = visibility.projectCondition
        if let projectID { scope += " AND s.project_id = \(bind: projectID)" }
        // Seeing every project, no join with projects is needed at all.
        let everything = visibility.allProjects && visibility.projectKeys == nil
        let from: @Sendable (String) -> SQLQueryString = { table in
            SQLQueryString(" FROM \(table) s" + (everything ? "" : " JOIN projects p ON p.id = s.project_id") + " WHERE ")
        }
        let now = self.now.epoch
        let week = Self.secondsPerWeek
        let firstWeek = now / week - Int64(weeks - 1)
        let mttrFirstWeek = (now - 90 * 86_400) / week
        let scopeCopy = scope
        return try await database.withConnection { db in
            var bySeverity: [String: Int] = [:], byKind: [String: Int] = [:]
            for row in try await db.raw("SELECT s.severity, s.kind, SUM(s.n) AS n" + from("summary_kinds") + scopeCopy + " GROUP BY s.severity, s.kind").all() {
                let n = try row.int("n")
                bySeverity[try row.string("severity"), default: 0] += n
                byKind[try row.string("kind"), default: 0] += n
            }
            let overdue = try await db.raw("SELECT COALESCE(SUM(s.n), 0) AS n" + from("summary_due") + scopeCopy + " AND s.due_at < \(bind: now)").first()?.int("n") ?? 0

            var weekly: [Int64: (Int, Int)] = [:]
            for row in try await db.raw("SELECT s.week, SUM(s.created) AS created, SUM(s.fixed) AS fixed" + from("summary_weeks") + scopeCopy
                + " AND s.week >= \(bind: firstWeek) GROUP BY s.week").all() {
                weekly[try row.decode(column: "week", as: Int64.self)] = (try row.int("created"), try row.int("fixed"))
            }
            let weeksList = (0..<weeks).map { index -> DashboardStats.Week in
                let number = firstWeek + Int64(index)
                let counts = weekly[number] ?? (0, 0)
                return .init(start: Date(epoch: number * week), new: counts.0, fixed: counts.1)
            }
            let mttr = try await db.raw("SELECT COALESCE(SUM(s.fixed), 0) AS fixed, CAST(COALESCE(SUM(s.fix_seconds), 0) AS DOUBLE PRECISION) AS seconds"
                + from("summary_weeks") + scopeCopy + " AND s.week >= \(bind: mttrFirstWeek)").first()
            let fixes = try mttr?.int("fixed") ?? 0
            let seconds = fixes > 0 ? try mttr.map { try $0.decode(column: "seconds", as: Double.self) / Double(fixes) } : nil

            let topRules = try await db.raw("SELECT s.rule_id AS name, SUM(s.n) AS n" + from("summary_counts") + scopeCopy
                + " GROUP BY s.rule_id ORDER BY n DESC, s.rule_id LIMIT 10").all().map { DashboardStats.Count(name: try $0.string("name"), count: try $0.int("n")) }
            var cweCounts: [String: Int] = [:]
            for row in try await db.raw("SELECT s.cwe, SUM(s.n) AS n" + from("summary_cwes") + scopeCopy + " GROUP BY s.cwe").all() {
                for cwe in DelimitedList.decode(try row.string("cwe")) { cweCounts["CWE-" + cwe, default: 0] += try row.int("n") }
            }
            let topCWEs = cweCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map { DashboardStats.Count(name: $0.key, count: $0.value) }
            let risky = try await db.raw("""
                SELECT p.key, r.score, r.critical, r.high, COALESCE(o.overdue, 0) AS overdue FROM (
                SELECT s.project_id, SUM(s.n * CASE s.severity_rank WHEN 4 THEN 10 WHEN 3 THEN 5 WHEN 2 THEN 2 WHEN 1 THEN 1 ELSE 0 END) AS score,
                       SUM(CASE WHEN s.severity_rank = 4 THEN s.n ELSE 0 END) AS critical, SUM(CASE WHEN s.severity_rank = 3 THEN s.n ELSE 0 END) AS high
                """ + from("summary_kinds") + scopeCopy + """
                 GROUP BY s.project_id) r JOIN projects p ON p.id = r.project_id
                LEFT JOIN (SELECT project_id, SUM(n) AS overdue FROM summary_due WHERE due_at < \(bind: now) GROUP BY project_id) o ON o.project_id = r.project_id
                ORDER BY r.score DESC, p.key LIMIT 10
                """).all().map { row in
                DashboardStats.ProjectRisk(
                    key: try row.string("key"), score: try row.int("score"), critical: try row.int("critical"),
                    high: try row.int("high"), overdue: try row.int("overdue"))
            }
            return DashboardStats(
                openBySeverity: bySeverity, openByKind: byKind, overdue: overdue, weeks: weeksList,
                meanDaysToRemediate: seconds.map { $0 / 86_400 }, topRules: topRules, topCWEs: Array(topCWEs), riskiestProjects: risky)
        }
    }

    /// The platform's gate for a project: new findings of `scanID` (or of its latest scan) and overdue ones.
    public func gate(projectID: Int, scanID: Int?, policy: GatePolicy = .default) async throws -> (scan: ScanRecord?, decision: GateDecision) {
        let now = self.now.epoch
        return try await database.withConnection { db in
            let scan = try await self.scan(db, where: scanID.map { "s.id = \(bind: $0) AND s.project_id = \(bind: projectID)" }
                ?? "s.id = (SELECT MAX(id) FROM scans WHERE project_id = \(bind: projectID))")
            if scanID != nil && scan == nil { throw StoreError.notFound("no scan \(scanID!) in this project") }
            var new: [Severity: Int] = [:]
            if let scan {
                for row in try await db.raw("""
                    SELECT f.severity, COUNT(DISTINCT f.id) AS n FROM events e JOIN findings f ON f.id = e.finding_id
                    WHERE e.scan_id = \(bind: scan.id) AND (e.action = 'finding.create' OR e.to_state = 'reopened')
                    AND f.state IN ('open', 'confirmed', 'reopened') GROUP BY f.severity
                    """).all() {
                    if let severity = Severity(rawValue: try row.string("severity")) { new[severity] = try row.int("n") }
                }
            }
            var overdue: [Severity: Int] = [:]
            for row in try await db.raw("""
                SELECT f.severity, COUNT(*) AS n FROM findings f WHERE f.project_id = \(bind: projectID)
                AND f.state IN ('open', 'confirmed', 'reopened') AND f.due_at < \(bind: now) GROUP BY f.severity
                """).all() {
                if let severity = Severity(rawValue: try row.string("severity")) { overdue[severity] = try row.int("n") }
            }
            return (scan, policy.evaluate(new: new, overdue: overdue))
        }
    }
}
