import Foundation
import Hummingbird
import WardCore
import WardStore

/// The list of projects the reader may see, with what is open in each.
extension ServerServices {
    func addProjectsPage(to router: Router<WardRequestContext>) {
        router.get("/projects") { _, context -> Response in
            let identity = try context.requireIdentity()
            let projects = try await store.projects(visibility: identity.visibility)
            let summaries = try await store.projectSummaries(visibility: identity.visibility)
            let rows = projects.map { project -> String in
                let summary = summaries[project.id]
                let open = summary?.openBySeverity ?? [:]
                let cells = Severity.allCases.reversed().map { severity -> String in "<td class=\"num\">\(open[severity] ?? 0)</td>" }.joined()
                let overdue = summary?.overdue ?? 0
                return """
                    <tr><td><a href="/projects/\(HTML.escape(QueryString.encode(project.key)))">\(HTML.escape(project.key))</a></td>\
                    <td>\(HTML.escape(project.name))</td><td>\(HTML.escape(project.teamName ?? "—"))</td>\(cells)\
                    <td class="num\(overdue > 0 ? " overdue" : "")">\(overdue)</td><td class="num">\(summary?.scanCount ?? 0)</td>\
                    <td>\(HTML.day(summary?.lastScanAt))</td></tr>
                    """
            }
            let headers = ["Key", "Name", "Team"] + Severity.allCases.reversed().map(\.rawValue.capitalized) + ["Overdue", "Scans", "Last scan"]
            let body = """
                <h1>Projects</h1><p>\(projects.count) project\(projects.count == 1 ? "" : "s") you can see; open findings by severity.</p>
                \(HTML.table(headers, rows, empty: "No projects yet: upload a scan with `ward scan --upload`."))
                """
            return Layout.page("Projects", identity: identity, section: .projects, body: body)
        }
    }
}
