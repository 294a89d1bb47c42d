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
    /// Mean days from first report to fix, over fixes in the last 90 days; nil with none.
    public var meanDaysToRemediate: Double?
    public var topRules: [Count]
    public var topCWEs: [Count]
    public var riskiestProjects: [ProjectRisk]

    public var openTotal: Int { openBySeverity.values.reduce(0, +) }
}

extension PlatformStore {
    static let activeStates: SQLQueryString = "f.state IN ('open', 'confirmed', 'reopened')"

    public func dashboard(projectID: Int? = nil, visibility: Visibility, weeks: Int = 12) async throws -> DashboardStats {
        var scope = visibility.projectCondition, eventScope = visibility.projectCondition
        if let projectID {
            scope += " AND f.project_id = \(bind: projectID)"
            eventScope += " AND e.project_id = \(bind: projectID)"
        }
        // Seeing every project, the counts need no join: each row saved is a lookup per finding or event.
        let everything = visibility.allProjects && visibility.projectKeys == nil
        let from: SQLQueryString = everything ? " FROM findings f WHERE " : " FROM findings f JOIN projects p ON p.id = f.project_id WHERE "
        let active = Self.activeStates
        let now = self.now.epoch
        let week: Int64 = 7 * 86_400
        let firstWeek = (now / week - Int64(weeks - 1)) * week
        let scopeCopy = scope, eventScopeCopy = eventScope
        return try await database.withConnection { db in
            var bySeverity: [String: Int] = [:], byKind: [String: Int] = [:]
            for row in try await db.raw("SELECT f.severity, f.kind, COUNT(*) AS n" + from + scopeCopy + " AND " + active + " GROUP BY f.severity, f.kind").all() {
                let n = try row.int("n")
                bySeverity[try row.string("severity"), default: 0] += n
                byKind[try row.string("kind"), default: 0] += n
            }
            let overdue = try await db.raw("SELECT COUNT(*) AS n" + from + scopeCopy + " AND " + active + " AND f.due_at < \(bind: now)").first()!.int("n")

            // Events of findings carry their project: the weekly counts never read a finding.
            let weeklyFrom: SQLQueryString = (everything ? " FROM events e" : " FROM events e JOIN projects p ON p.id = e.project_id")
                + " WHERE e.finding_id IS NOT NULL AND " + eventScopeCopy
            var weekly: [Int64: (Int, Int)] = [:]
            for row in try await db.raw("""
                SELECT (e.at / \(literal: week)) AS week,
                       SUM(CASE WHEN e.action = 'finding.create' THEN 1 ELSE 0 END) AS created,
                       SUM(CASE WHEN e.to_state = 'fixed' THEN 1 ELSE 0 END) AS fixed
                """ + weeklyFrom + " AND e.at >= \(bind: firstWeek) GROUP BY (e.at / \(literal: week))").all() {
                weekly[try row.decode(column: "week", as: Int64.self)] = (try row.int("created"), try row.int("fixed"))
            }
            let weeksList = (0..<weeks).map { index -> DashboardStats.Week in
                let number = firstWeek / week + Int64(index)
                let counts = weekly[number] ?? (0, 0)
                return .init(start: Date(epoch: number * week), new: counts.0, fixed: counts.1)
            }
            let mttr = try await db.raw("""
                SELECT AVG(CAST(e.at - f.first_seen_at AS DOUBLE PRECISION)) AS seconds FROM events e JOIN findings f ON f.id = e.finding_id
                """ + (everything ? " WHERE " : " JOIN projects p ON p.id = f.project_id WHERE ") + scopeCopy + " AND e.to_state = 'fixed' AND e.at >= \(bind: now - 90 * 86_400)").first()
            let seconds = try mttr.flatMap { try $0.decodeNil(column: "seconds") ? nil : try $0.decode(column: "seconds", as: Double.self) }

            let topRules = try await db.raw("SELECT f.rule_id AS name, COUNT(*) AS n" + from + scopeCopy + " AND " + active
                + " GROUP BY f.rule_id ORDER BY n DESC, f.rule_id LIMIT 10").all().map { DashboardStats.Count(name: try $0.string("name"), count: try $0.int("n")) }
            var cweCounts: [String: Int] = [:]
            for row in try await db.raw("SELECT f.cwe, COUNT(*) AS n" + from + scopeCopy + " AND " + active + " GROUP BY f.cwe").all() {
                for cwe in DelimitedList.decode(try row.string("cwe")) { cweCounts["CWE-" + cwe, default: 0] += try row.int("n") }
            }
            let topCWEs = cweCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10).map { DashboardStats.Count(name: $0.key, count: $0.value) }
            // Grouped by project id, then joined: one project lookup per project, not per finding.
            let risky = try await db.raw("""
                SELECT p.key, r.score, r.critical, r.high, r.overdue FROM (
                SELECT f.project_id, SUM(CASE f.severity_rank WHEN 4 THEN 10 WHEN 3 THEN 5 WHEN 2 THEN 2 WHEN 1 THEN 1 ELSE 0 END) AS score,
                       SUM(CASE WHEN f.severity_rank = 4 THEN 1 ELSE 0 END) AS critical, SUM(CASE WHEN f.severity_rank = 3 THEN 1 ELSE 0 END) AS high,
                       SUM(CASE WHEN f.due_at < \(bind: now) THEN 1 ELSE 0 END) AS overdue
                """ + from + scopeCopy + " AND " + active + " GROUP BY f.project_id) r JOIN projects p ON p.id = r.project_id ORDER BY r.score DESC, p.key LIMIT 10").all().map { row in
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
