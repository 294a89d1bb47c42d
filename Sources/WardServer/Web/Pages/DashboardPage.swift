import Foundation
import Hummingbird
import WardCore
import WardStore

/// The portfolio dashboard: what is open, how fast it is fixed, and where the risk is.
extension ServerServices {
    func addDashboardPage(to router: Router<WardRequestContext>) {
        router.get("/") { _, context -> Response in
            let identity = try context.requireIdentity()
            let stats = try await store.dashboard(visibility: identity.visibility, weeks: 12)
            return Layout.page("Dashboard", identity: identity, section: .dashboard, body: DashboardView.render(stats))
        }
    }
}

/// The parts of a dashboard, shared by the portfolio and the project page.
enum DashboardView {
    static func render(_ stats: DashboardStats) -> String {
        """
        <h1>Portfolio dashboard</h1>
        \(figures(stats))
        <div class="grid">
        <section class="card"><h2>Open by severity</h2>\(severityBars(stats.openBySeverity, link: "/findings?state=open,confirmed,reopened&severity="))</section>
        <section class="card"><h2>Open by kind</h2>\(kindBars(stats.openByKind, link: "/findings?state=open,confirmed,reopened&kind="))</section>
        </div>
        <section class="card"><h2>New versus fixed per week</h2>\(WeeklyChart(weeks: stats.weeks).html)</section>
        <div class="grid">
        <section class="card"><h2>Top rules</h2>\(counts(stats.topRules, header: "Rule") { "/findings?state=open,confirmed,reopened&rule=" + QueryString.encode($0) })</section>
        <section class="card"><h2>Top CWEs</h2>\(counts(stats.topCWEs, header: "CWE") { "/findings?state=open,confirmed,reopened&cwe=" + QueryString.encode($0) })</section>
        </div>
        <section class="card"><h2>Riskiest projects</h2>\(riskiest(stats.riskiestProjects))</section>
        """
    }

    static func figures(_ stats: DashboardStats) -> String {
        let mttr = stats.meanDaysToRemediate.map { String(format: "%.1f days", $0) } ?? "—"
        return """
            <div class="figures">
            <div class="figure"><span class="value">\(stats.openTotal)</span><span class="label">open findings</span></div>
            <div class="figure"><span class="value">\(stats.openBySeverity["critical"] ?? 0)</span><span class="label">open critical</span></div>
            <div class="figure"><span class="value\(stats.overdue > 0 ? " overdue" : "")"><a href="/findings?overdue=true">\(stats.overdue)</a></span><span class="label">past their SLA</span></div>
            <div class="figure"><span class="value">\(HTML.escape(mttr))</span><span class="label">mean time to remediate (90 days)</span></div>
            </div>
            """
    }

    static func severityBars(_ counts: [String: Int], link: String) -> String {
        bars(Severity.allCases.reversed().map { ($0.rawValue, counts[$0.rawValue] ?? 0) }, link: link, badge: true)
    }

    static func kindBars(_ counts: [String: Int], link: String) -> String {
        bars(FindingKind.allCases.map { ($0.rawValue, counts[$0.rawValue] ?? 0) }.filter { $0.1 > 0 }, link: link, badge: false)
    }

    private static func bars(_ items: [(String, Int)], link: String, badge: Bool) -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">Nothing open.</p>" }
        let top = max(1, items.map(\.1).max() ?? 1)
        return "<ul class=\"bars\">" + items.map { name, count -> String in
            let label = badge ? "<span class=\"badge sev-\(HTML.escape(name))\">\(HTML.escape(name))</span>" : HTML.escape(name)
            return "<li><a href=\"\(HTML.escape(link + QueryString.encode(name)))\">\(label)</a><meter min=\"0\" max=\"\(top)\" value=\"\(count)\">\(count)</meter><span class=\"num\">\(count)</span></li>"
        }.joined() + "</ul>"
    }

    static func counts(_ items: [DashboardStats.Count], header: String, link: (String) -> String) -> String {
        HTML.table([header, "Open"], items.map { item in
            "<tr><td><a href=\"\(HTML.escape(link(item.name)))\"><code>\(HTML.escape(item.name))</code></a></td><td class=\"num\">\(item.count)</td></tr>"
        }, empty: "Nothing open.")
    }

    static func riskiest(_ projects: [DashboardStats.ProjectRisk]) -> String {
        HTML.table(["Project", "Risk score", "Critical", "High", "Overdue"], projects.map { project in
            let key = HTML.escape(QueryString.encode(project.key))
            return """
                <tr><td><a href="/projects/\(key)">\(HTML.escape(project.key))</a></td><td class="num">\(project.score)</td>\
                <td class="num">\(project.critical)</td><td class="num">\(project.high)</td>\
                <td class="num\(project.overdue > 0 ? " overdue" : "")">\(project.overdue)</td></tr>
                """
        }, empty: "No open findings in any project.")
    }
}
