import Foundation
import Hummingbird
import WardCore
import WardStore

/// Every scan the reader may see, newest first.
extension ServerServices {
    func addScanPages(to router: Router<WardRequestContext>) {
        router.get("/scans") { request, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await request.query("project").asyncMap { try await visibleProject($0, for: identity) }
            let before = try request.query("before").map { value -> Int in
                guard let id = Int(value) else { throw APIError.badRequest("before: '\(value)' is not a scan id") }
                return id
            }
            let scans = try await store.scans(projectID: project?.id, visibility: identity.visibility, before: before, limit: 50)
            var pager = ""
            if scans.count == 50, let last = scans.last {
                var query = QueryString(request: request, dropping: ["before"])
                query.set("before", String(last.id))
                pager = "<nav class=\"pager\"><a href=\"/scans\(HTML.escape(query.encoded))\">Older scans →</a></nav>"
            }
            let title = project.map { "Scans of \($0.key)" } ?? "Scans"
            let body = "<h1>\(HTML.escape(title))</h1>\(ScanViews.table(scans, showProject: project == nil))\(pager)"
            return Layout.page(title, identity: identity, section: .scans, body: body)
        }
    }
}

/// The scans table shared by the scans list and the project page.
enum ScanViews {
    static func table(_ scans: [ScanRecord], showProject: Bool) -> String {
        var headers = ["Scan", "Received", "Branch", "Tools", "Reported", "New", "Fixed", "Reopened"]
        if showProject { headers.insert("Project", at: 1) }
        return HTML.table(headers, scans.map { scan in
            let project = showProject
                ? "<td><a href=\"/projects/\(HTML.escape(QueryString.encode(scan.projectKey)))\">\(HTML.escape(scan.projectKey))</a></td>" : ""
            return """
                <tr><td><a href="/scans/\(scan.id)">#\(scan.id)</a></td>\(project)<td>\(HTML.time(scan.receivedAt))</td>\
                <td><code>\(HTML.escape(scan.branch))</code></td><td>\(HTML.escape(scan.tools.joined(separator: ", ")))</td>\
                <td class="num">\(scan.totalCount)</td><td class="num">\(scan.newCount)</td><td class="num">\(scan.fixedCount)</td>\
                <td class="num">\(scan.reopenedCount)</td></tr>
                """
        }, empty: "No scans yet.")
    }
}
