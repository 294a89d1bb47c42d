import WardCore
import Foundation
import Hummingbird
import WardStore

/// The tables of the portfolio analytics, each exportable as CSV.
enum AnalyticsTable: String, CaseIterable, Sendable {
    case severity, teams, cwes, density, weeks

    var title: String {
        switch self {
        case .severity: "Remediation by severity"
        case .teams: "Remediation by team"
        case .cwes: "Top CWEs per team"
        case .density: "Open findings per thousand lines of code"
        case .weeks: "New versus fixed per week"
        }
    }

    /// The header row and the rows, as the CSV export and the page's tables show them.
    func rows(_ analytics: PortfolioAnalytics) -> (header: [String], rows: [[String]]) {
        let remediationHeader = ["fixed", "mean_days_to_remediate", "fixed_within_sla", "sla_compliance_percent", "reopened", "recurrence_percent"]
        switch self {
        case .severity: return (["severity"] + remediationHeader, analytics.bySeverity.map(Self.remediationRow))
        case .teams: return (["team"] + remediationHeader, analytics.byTeam.map(Self.remediationRow))
        case .cwes: return (["team", "cwe", "open"], analytics.topCWEsByTeam.map { [$0.team, $0.cwe, String($0.open)] })
        case .density:
            return (["team", "projects_measured", "lines_of_code", "open_findings", "findings_per_kloc"], analytics.density.map {
                [$0.team, String($0.projectsMeasured), String($0.linesOfCode), String($0.openFindings), Self.decimal($0.findingsPerKLOC)]
            })
        case .weeks: return (["week_start", "new", "fixed"], analytics.weeks.map { [$0.start.day, String($0.new), String($0.fixed)] })
        }
    }

    private static func remediationRow(_ row: PortfolioAnalytics.Remediation) -> [String] {
        [row.name, String(row.fixed), decimal(row.meanDaysToRemediate), String(row.fixedWithinSLA), decimal(row.slaCompliance.map { $0 * 100 }),
         String(row.reopened), decimal(row.recurrence.map { $0 * 100 })]
    }

    /// One decimal, or empty when there is nothing to divide.
    static func decimal(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "" }
}

/// RFC 4180 CSV whose cells cannot run as spreadsheet formulas: a cell starting with `=`, `+`, `-`,
/// `@`, tab or CR gets a leading `'`, and cells with a comma, quote or line break are quoted.
enum CSVTable {
    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(CSVCell.row).joined()
    }
}

extension ServerServices {
    func addAnalyticsRoutes(to router: Router<WardRequestContext>) {
        router.get("/api/v1/analytics") { request, context -> Response in
            let identity = try context.requireIdentity()
            let format = request.query("format") ?? "json"
            guard format == "json" || format == "csv" else { throw APIError.badRequest("format: '\(format)' is not json or csv") }
            let table = try request.query("table").map { name -> AnalyticsTable in
                guard let table = AnalyticsTable(rawValue: name) else {
                    throw APIError.badRequest("table: '\(name)' is not one of \(AnalyticsTable.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return table
            }
            if format == "csv" && table == nil {
                throw APIError.badRequest("table: CSV holds one table; name one of \(AnalyticsTable.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let analytics = try await analytics(request, identity: identity)
            guard format == "csv", let table else { return try jsonResponse(analytics) }
            let (header, rows) = table.rows(analytics)
            return Response(
                status: .ok,
                headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"ward-analytics-\(table.rawValue).csv\""],
                body: .init(byteBuffer: ByteBuffer(string: CSVTable.render(header: header, rows: rows))))
        }
    }

    /// Days in an analytics window: one to ten years.
    static let analyticsDays = 1...3650

    /// The analytics the request asks for: `days` (default 90) and `project` (404 when not visible).
    func analytics(_ request: Request, identity: Identity) async throws -> PortfolioAnalytics {
        var days = 90
        if let text = request.query("days") {
            guard let value = Int(text), Self.analyticsDays.contains(value) else {
                throw APIError.badRequest("days: '\(text)' is not a number of days from \(Self.analyticsDays.lowerBound) to \(Self.analyticsDays.upperBound)")
            }
            days = value
        }
        let projectID = try await request.query("project").asyncMap { try await visibleProject($0, for: identity).id }
        return try await store.analytics(projectID: projectID, visibility: identity.visibility, days: days)
    }
}
