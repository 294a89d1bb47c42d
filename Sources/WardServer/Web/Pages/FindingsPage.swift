import Foundation
import Hummingbird
import WardCore
import WardStore

/// The findings list: filters in the query string, cursor pages, and bulk triage.
extension ServerServices {
    func addFindingsPage(to router: Router<WardRequestContext>) {
        router.get("/findings") { request, context -> Response in
            let identity = try context.requireIdentity()
            var filter = try FindingFilter(query: request)
            let projects = try await store.projects(visibility: identity.visibility)
            if let key = request.query("project") { filter.projectID = try await visibleProject(key, for: identity).id }
            let page = try await store.findings(filter, visibility: identity.visibility)
            let total = try await store.countFindings(filter, visibility: identity.visibility)
            let here = "/findings" + QueryString(request: request).encoded
            var pager: [String] = []
            if filter.cursor != nil { pager.append("<a href=\"/findings\(HTML.escape(QueryString(request: request, dropping: ["cursor"]).encoded))\">← First page</a>") }
            if let next = page.next {
                var query = QueryString(request: request, dropping: ["cursor"])
                query.set("cursor", next)
                pager.append("<a href=\"/findings\(HTML.escape(query.encoded))\" rel=\"next\">Next page →</a>")
            }
            let canTriage = identity.role.canTriage && !page.items.isEmpty
            let list = FindingViews.table(page.items, selectable: canTriage, empty: "No findings match these filters.")
            let results: String
            if canTriage {
                results = """
                    <form method="post" action="/findings/triage" id="bulk-triage">
                    <input type="hidden" name="back" value="\(HTML.escape(here))">
                    <p><label class="inline"><input type="checkbox" data-select-all hidden> Select all on this page</label></p>
                    \(list)<h2>Triage the selected findings</h2>\(FindingViews.triageFields(identity: identity, id: "bulk"))</form>
                    """
            } else {
                results = list
            }
            let body = """
                <h1>Findings</h1>\(filters(request: request, projects: projects))
                <p>\(total) finding\(total == 1 ? "" : "s") match.</p>\(results)
                <nav class="pager">\(pager.joined())</nav>
                """
            return Layout.page("Findings", identity: identity, section: .findings, body: body)
        }
    }

    private func filters(request: Request, projects: [ProjectRecord]) -> String {
        func current(_ name: String) -> Set<String> { Set([request.uri.queryParameters.getAll(name).joined(separator: ",")]) }
        func text(_ name: String, _ label: String, _ hint: String) -> String {
            "<label>\(label) <input type=\"text\" name=\"\(name)\" id=\"filter-\(name)\" value=\"\(HTML.escape(request.query(name) ?? ""))\" placeholder=\"\(hint)\"></label>"
        }
        func select(_ name: String, _ label: String, _ values: [(String, String)]) -> String {
            "<label>\(label) <select name=\"\(name)\" id=\"filter-\(name)\">\(HTML.options(values.map { (value: $0.0, label: $0.1) }, selected: current(name), blank: "Any"))</select></label>"
        }
        let active = FindingState.allCases.filter(\.isActive).map(\.rawValue).joined(separator: ",")
        return """
            <form method="get" action="/findings" class="filters" role="search">
            \(select("project", "Project", projects.map { ($0.key, $0.key) }))
            \(select("state", "State", [(active, "Active (open, confirmed, reopened)")] + FindingState.allCases.map { ($0.rawValue, $0.label) }))
            \(select("severity", "Severity", [("critical,high", "Critical and high")] + Severity.allCases.reversed().map { ($0.rawValue, $0.rawValue.capitalized) }))
            \(select("kind", "Kind", FindingKind.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }))
            \(text("tool", "Tool", "ward")) \(text("rule", "Rule", "rule id")) \(text("cwe", "CWE", "798"))
            \(text("path", "Path prefix", "src/")) \(select("overdue", "SLA", [("true", "Overdue"), ("false", "Not overdue")]))
            \(text("q", "Text", "search"))
            \(select("sort", "Sort by", FindingFilter.Sort.allCases.map { ($0.rawValue, $0.rawValue.replacingOccurrences(of: "_", with: " ")) }))
            <button type="submit" id="filter-apply">Filter</button> <a href="/findings">Clear</a></form>
            """
    }
}
