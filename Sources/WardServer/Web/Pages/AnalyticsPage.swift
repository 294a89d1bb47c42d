import Foundation
import Hummingbird
import WardStore

/// Portfolio analytics: remediation speed, SLA compliance and recurrence by severity and team, the
/// CWEs each team leaves open, and new versus fixed per week; every table links its CSV export.
extension ServerServices {
    func addAnalyticsPage(to router: Router<WardRequestContext>) {
        router.get("/analytics") { request, context -> Response in
            let identity = try context.requireIdentity()
            let analytics = try await analytics(request, identity: identity)
            let project = request.query("project")
            var query = QueryString([("days", String(analytics.days))])
            query.set("project", project)
            let csv: (AnalyticsTable) -> String = { table in
                var csvQuery = query
                csvQuery.set("table", table.rawValue)
                csvQuery.set("format", "csv")
                return "<a class=\"csv\" id=\"csv-\(table.rawValue)\" href=\"/api/v1/analytics\(HTML.escape(csvQuery.encoded))\">CSV</a>"
            }
            let section: (AnalyticsTable, String) -> String = { table, extra in
                let (header, rows) = table.rows(analytics)
                let body = rows.map { row in "<tr>" + row.map { "<td>\(HTML.escape($0.isEmpty ? "—" : $0))</td>" }.joined() + "</tr>" }
                return "<section class=\"card\" id=\"analytics-\(table.rawValue)\"><h2>\(table.title) \(csv(table))</h2>\(extra)"
                    + HTML.table(header.map { $0.replacingOccurrences(of: "_", with: " ") }, body, empty: "Nothing in this window.") + "</section>"
            }
            let body = """
                <h1>Analytics\(project.map { " of " + HTML.escape($0) } ?? "")</h1>
                <form class="filters" method="get" action="/analytics"><label>Days <input type="number" name="days" min="1" max="3650" \
                value="\(analytics.days)"></label>\(project.map { "<input type=\"hidden\" name=\"project\" value=\"\(HTML.escape($0))\">" } ?? "")\
                <button type="submit">Show</button></form>
                <p>Fixes and regressions since \(HTML.day(analytics.since)). Time to remediate runs from the first report, or from the \
                regression that reopened a finding; a fix is within the SLA when it came before that clock's due date. \
                Findings per thousand lines count the projects whose latest scan recorded its lines (Ward's own reports do).</p>
                \(section(.severity, ""))
                \(section(.teams, ""))
                \(section(.cwes, ""))
                \(section(.density, ""))
                \(section(.weeks, WeeklyChart(weeks: analytics.weeks, id: "analytics-trend").html))
                """
            return Layout.page("Analytics", identity: identity, section: .analytics, body: body)
        }
    }
}
