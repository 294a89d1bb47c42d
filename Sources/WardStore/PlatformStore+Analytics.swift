import Foundation
import SQLKit
import WardCore

/// How fast and how well the portfolio remediates: per severity and per team, over a window of days.
public struct PortfolioAnalytics: Codable, Sendable, Hashable {
    /// Fixes and regressions of one severity or one team within the window.
    public struct Remediation: Codable, Sendable, Hashable {
        public var name: String
        public var fixed: Int
        /// Mean days from the start of the finding's SLA clock (first report, or the regression that reopened it) to the fix.
        public var meanDaysToRemediate: Double?
        /// Fixes that came no later than the clock's SLA allowed; a finding without a due date (info) is never late.
        public var fixedWithinSLA: Int
        /// `fixedWithinSLA / fixed`; nil with no fix.
        public var slaCompliance: Double?
        /// Fixed findings that came back (fixed → reopened) within the window.
        public var reopened: Int
        /// `reopened / fixed`; nil with no fix.
        public var recurrence: Double?

        public init(name: String, fixed: Int, seconds: Double, fixedWithinSLA: Int, reopened: Int) {
            self.name = name
            self.fixed = fixed
            self.fixedWithinSLA = fixedWithinSLA
            self.reopened = reopened
            meanDaysToRemediate = fixed > 0 ? seconds / Double(fixed) / 86_400 : nil
            slaCompliance = fixed > 0 ? Double(fixedWithinSLA) / Double(fixed) : nil
            recurrence = fixed > 0 ? Double(reopened) / Double(fixed) : nil
        }
    }

    /// Open findings of one CWE in one team's projects.
    public struct TeamCWE: Codable, Sendable, Hashable {
        public var team: String
        public var cwe: String
        public var open: Int
    }

    public var days: Int
    public var since: Date
    /// Every severity, most severe first.
    public var bySeverity: [Remediation]
    /// Teams with a fix or a regression in the window, by name; projects without a team count as `(no team)`.
    public var byTeam: [Remediation]
    /// The five most frequent CWEs of open findings per team, by team, then count.
    public var topCWEsByTeam: [TeamCWE]
    /// New and fixed findings per week, from the dashboard summaries.
    public var weeks: [DashboardStats.Week]
    /// Open findings per thousand lines of code, by team, over the projects whose latest scan said how many lines it read.
    public var density: [Density] = []

    public struct Density: Codable, Sendable, Hashable {
        public var team: String
        /// Projects whose latest scan recorded its lines; the others are left out of both sides of the ratio.
        public var projectsMeasured: Int
        public var linesOfCode: Int
        public var openFindings: Int
        public var findingsPerKLOC: Double?
    }

    public static let noTeam = "(no team)"
    public static let cwesPerTeam = 5
}

extension PlatformStore {
    /// The portfolio analytics over the last `days` days, for the projects `visibility` allows (or one project).
    public func analytics(projectID: Int? = nil, visibility: Visibility, days: Int = 90, weeks: Int = 12) async throws -> PortfolioAnalytics {
        let now = self.now.epoch
        let since = now - Int64(days) * 86_400
        var scope = visibility.projectCondition
        if let projectID { scope += " AND p.id = \(bind: projectID)" }
        let condition = scope
        // A regression restarts the SLA clock (the ingest sets a new due date), so each fix is measured from
        // the last fixed → reopened before it, and the SLA allowed is the finding's due date minus its current clock start.
        let regression = "r.from_state = 'fixed' AND r.to_state = 'reopened'"
        let fixes: SQLQueryString = """
            SELECT x.severity, x.team, COUNT(*) AS fixed, CAST(COALESCE(SUM(x.at - x.clock), 0) AS DOUBLE PRECISION) AS seconds,
                SUM(CASE WHEN x.due_at IS NULL OR x.at - x.clock <= x.due_at - x.current_clock THEN 1 ELSE 0 END) AS within
            FROM (SELECT e.at, f.severity, t.name AS team, f.due_at,
                COALESCE((SELECT MAX(r.at) FROM events r WHERE r.finding_id = e.finding_id AND \(unsafeRaw: regression) AND r.id < e.id), f.first_seen_at) AS clock,
                COALESCE((SELECT MAX(r.at) FROM events r WHERE r.finding_id = f.id AND \(unsafeRaw: regression)), f.first_seen_at) AS current_clock
                FROM events e JOIN findings f ON f.id = e.finding_id JOIN projects p ON p.id = f.project_id LEFT JOIN teams t ON t.id = p.team_id
                WHERE e.to_state = 'fixed' AND e.at >= \(bind: since) AND
            """ + " " + condition + ") x GROUP BY x.severity, x.team"
        let reopens: SQLQueryString = """
            SELECT f.severity, t.name AS team, COUNT(*) AS n
            FROM events r JOIN findings f ON f.id = r.finding_id JOIN projects p ON p.id = f.project_id LEFT JOIN teams t ON t.id = p.team_id
            WHERE \(unsafeRaw: regression) AND r.at >= \(bind: since) AND
            """ + " " + condition + " GROUP BY f.severity, t.name"
        let cwes: SQLQueryString = """
            SELECT t.name AS team, s.cwe, SUM(s.n) AS n FROM summary_cwes s JOIN projects p ON p.id = s.project_id
            LEFT JOIN teams t ON t.id = p.team_id WHERE
            """ + " " + condition + " GROUP BY t.name, s.cwe"

        struct Tally {
            var fixed = 0, seconds = 0.0, within = 0, reopened = 0
            mutating func add(fixed: Int, seconds: Double, within: Int) {
                self.fixed += fixed
                self.seconds += seconds
                self.within += within
            }
        }
        let (severities, teams, teamCWEs) = try await database.withConnection { db in
            var severities: [String: Tally] = [:], teams: [String: Tally] = [:]
            for row in try await db.raw(fixes).all() {
                let severity = try row.string("severity"), team = try row.optionalString("team") ?? PortfolioAnalytics.noTeam
                let fixed = try row.int("fixed"), within = try row.int("within")
                let seconds = try row.decode(column: "seconds", as: Double.self)
                severities[severity, default: Tally()].add(fixed: fixed, seconds: seconds, within: within)
                teams[team, default: Tally()].add(fixed: fixed, seconds: seconds, within: within)
            }
            for row in try await db.raw(reopens).all() {
                let n = try row.int("n")
                severities[try row.string("severity"), default: Tally()].reopened += n
                teams[try row.optionalString("team") ?? PortfolioAnalytics.noTeam, default: Tally()].reopened += n
            }
            var teamCWEs: [String: [String: Int]] = [:]
            for row in try await db.raw(cwes).all() {
                let team = try row.optionalString("team") ?? PortfolioAnalytics.noTeam
                for cwe in DelimitedList.decode(try row.string("cwe")) { teamCWEs[team, default: [:]]["CWE-" + cwe, default: 0] += try row.int("n") }
            }
            return (severities, teams, teamCWEs)
        }
        let remediation: (String, Tally) -> PortfolioAnalytics.Remediation = { name, tally in
            .init(name: name, fixed: tally.fixed, seconds: tally.seconds, fixedWithinSLA: tally.within, reopened: tally.reopened)
        }
        let teamOrder: (String, String) -> Bool = { a, b in
            (a == PortfolioAnalytics.noTeam ? 1 : 0, a) < (b == PortfolioAnalytics.noTeam ? 1 : 0, b)
        }
        let topCWEs = teamCWEs.keys.sorted(by: teamOrder).flatMap { team in
            teamCWEs[team, default: [:]].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(PortfolioAnalytics.cwesPerTeam)
                .map { PortfolioAnalytics.TeamCWE(team: team, cwe: $0.key, open: $0.value) }
        }
        let weekly = try await dashboard(projectID: projectID, visibility: visibility, weeks: weeks).weeks
        let density = try await findingDensity(condition: condition).sorted { teamOrder($0.team, $1.team) }
        var result = PortfolioAnalytics(
            days: days, since: Date(epoch: since),
            bySeverity: Severity.allCases.reversed().map { remediation($0.rawValue, severities[$0.rawValue] ?? Tally()) },
            byTeam: teams.keys.sorted(by: teamOrder).map { remediation($0, teams[$0]!) },
            topCWEsByTeam: topCWEs, weeks: weekly)
        result.density = density
        return result
    }

    /// Open findings (from the summaries) and lines of each project's latest scan that recorded them, added up by team.
    private func findingDensity(condition: SQLQueryString) async throws -> [PortfolioAnalytics.Density] {
        let query: SQLQueryString = """
            SELECT t.name AS team,
                (SELECT s.lines_scanned FROM scans s WHERE s.project_id = p.id AND s.lines_scanned IS NOT NULL ORDER BY s.id DESC LIMIT 1) AS lines,
                (SELECT COALESCE(SUM(k.n), 0) FROM summary_kinds k WHERE k.project_id = p.id) AS open
            FROM projects p LEFT JOIN teams t ON t.id = p.team_id WHERE
            """ + " " + condition
        var byTeam: [String: PortfolioAnalytics.Density] = [:]
        for row in try await database.withConnection({ db in try await db.raw(query).all() }) {
            guard let lines = try row.optionalInt("lines") else { continue }
            let team = try row.optionalString("team") ?? PortfolioAnalytics.noTeam
            var entry = byTeam[team] ?? .init(team: team, projectsMeasured: 0, linesOfCode: 0, openFindings: 0, findingsPerKLOC: nil)
            entry.projectsMeasured += 1
            entry.linesOfCode += lines
            entry.openFindings += try row.int("open")
            byTeam[team] = entry
        }
        return byTeam.values.map { entry in
            var entry = entry
            entry.findingsPerKLOC = entry.linesOfCode > 0 ? Double(entry.openFindings) * 1000 / Double(entry.linesOfCode) : nil
            return entry
        }
    }
}
