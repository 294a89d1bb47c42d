import Foundation
import Hummingbird
import WardStore

/// The append-only audit trail, for auditors, security and admin users.
extension ServerServices {
    func addAuditPage(to router: Router<WardRequestContext>) {
        router.get("/audit") { request, context -> Response in
            let identity = try context.requireIdentity()
            guard identity.role.canReadAuditLog else { throw APIError.forbidden("the audit log is for auditors, security and admin users") }
            let projects = try await store.projects(visibility: identity.visibility)
            var filter = EventFilter(actor: request.query("actor"), action: request.query("action"), limit: 100)
            if let before = request.query("before") {
                guard let id = Int(before) else { throw APIError.badRequest("before: '\(before)' is not an event id") }
                filter.before = id
            }
            if let key = request.query("project") { filter.projectID = try await visibleProject(key, for: identity).id }
            let events = try await store.events(filter, visibility: identity.visibility)
            let keys = Dictionary(projects.map { ($0.id, $0.key) }) { a, _ in a }
            let rows = events.map { event in
                let project = event.projectID.flatMap { keys[$0] }.map {
                    "<a href=\"/projects/\(HTML.escape(QueryString.encode($0)))\">\(HTML.escape($0))</a>"
                } ?? "—"
                let subject = [
                    event.findingID.map { "<a href=\"/findings/\($0)\">finding \($0)</a>" },
                    event.scanID.map { "<a href=\"/scans/\($0)\">scan \($0)</a>" },
                ].compactMap { $0 }.joined(separator: ", ")
                let change = event.to.map { "\(event.from.map(HTML.state) ?? "") → \(HTML.state($0))" } ?? ""
                return """
                    <tr><td class="num">\(event.id)</td><td>\(HTML.time(event.at))</td><td>\(HTML.escape(event.actor))</td><td><code>\(HTML.escape(event.action))</code></td>\
                    <td>\(project)</td><td>\(subject.isEmpty ? "—" : subject)</td><td>\(change)</td><td>\(HTML.escape(event.reason ?? ""))</td></tr>
                    """
            }
            var pager = ""
            if events.count == filter.limit, let last = events.last {
                var query = QueryString(request: request, dropping: ["before"])
                query.set("before", String(last.id))
                pager = "<nav class=\"pager\"><a href=\"/audit\(HTML.escape(query.encoded))\">Older events →</a></nav>"
            }
            func text(_ name: String, _ label: String, _ hint: String) -> String {
                "<label>\(label) <input type=\"text\" name=\"\(name)\" value=\"\(HTML.escape(request.query(name) ?? ""))\" placeholder=\"\(hint)\"></label>"
            }
            let projectOptions = HTML.options(projects.map { ($0.key, $0.key) }, selected: Set([request.query("project") ?? ""]), blank: "Any")
            let body = """
                <h1>Audit log</h1>
                <form method="get" action="/audit" class="filters" role="search">\(text("actor", "Actor", "alice"))\(text("action", "Action starts with", "finding."))
                <label>Project <select name="project">\(projectOptions)</select></label><button type="submit">Filter</button> <a href="/audit">Clear</a></form>
                \(HTML.table(["#", "When", "Actor", "Action", "Project", "About", "Change", "Reason"], rows, empty: "No events match."))\(pager)
                """
            return Layout.page("Audit log", identity: identity, section: .audit, body: body)
        }
    }
}
