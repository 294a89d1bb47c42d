import Foundation
import Hummingbird
import WardCore
import WardStore

/// One scan: what it ran, and the findings it created, reopened and verified fixed.
extension ServerServices {
    func addScanPage(to router: Router<WardRequestContext>) {
        router.get("/scans/{id}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let scan = try await visibleScan(try context.parameters.require("id", as: Int.self), for: identity)
            let changes = try await store.scanChanges(scanID: scan.id)
            let shown = 200
            let ids = Array(changes.new.prefix(shown)) + Array(changes.reopened.prefix(shown)) + Array(changes.fixed.prefix(shown))
            let findings = Dictionary(try await store.findings(ids: ids, visibility: identity.visibility).map { ($0.id, $0) }) { a, _ in a }
            func section(_ title: String, _ list: [Int]) -> String {
                let more = list.count > shown ? "<p>Showing \(shown) of \(list.count).</p>" : ""
                return "<section class=\"card\"><h2>\(title) (\(list.count))</h2>"
                    + FindingViews.table(list.prefix(shown).compactMap { findings[$0] }, selectable: false, empty: "None.") + more + "</section>"
            }
            let key = HTML.escape(QueryString.encode(scan.projectKey))
            let body = """
                <h1>Scan \(scan.id) of <a href="/projects/\(key)">\(HTML.escape(scan.projectKey))</a></h1>
                <div class="card"><dl class="facts">
                <dt>Branch</dt><dd><code>\(HTML.escape(scan.branch))</code></dd><dt>Commit</dt><dd><code>\(HTML.escape(scan.commit ?? "—"))</code></dd>
                <dt>Tools</dt><dd>\(HTML.escape(scan.tools.joined(separator: ", ")))</dd>
                <dt>Kinds scanned</dt><dd>\(HTML.escape(scan.kinds.map(\.rawValue).joined(separator: ", ")))</dd>
                <dt>Ran</dt><dd>\(HTML.time(scan.startedAt)) to \(HTML.time(scan.finishedAt))</dd>
                <dt>Received</dt><dd>\(HTML.time(scan.receivedAt)) from \(HTML.escape(scan.uploader)) (\(HTML.escape(scan.format)))</dd>
                <dt>Findings reported</dt><dd>\(scan.totalCount)</dd></dl></div>
                \(section("New in this scan", changes.new))\(section("Reopened by this scan", changes.reopened))\(section("Fixed, verified by this scan", changes.fixed))
                """
            return Layout.page("Scan \(scan.id)", identity: identity, section: .scans, body: body)
        }
    }
}
