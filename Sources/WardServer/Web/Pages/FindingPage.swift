import Foundation
import Hummingbird
import WardCore
import WardGovern
import WardStore

/// One finding: what it is, where (redacted), every source and occurrence, its history, and triage.
extension ServerServices {
    func addFindingPage(to router: Router<WardRequestContext>) {
        router.get("/findings/{id}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let finding = try await visibleFinding(try context.parameters.require("id", as: Int.self), for: identity)
            let sources = try await store.sources(ofFinding: finding.id)
            let occurrences = try await store.occurrences(ofFinding: finding.id, limit: 50)
            let events = try await store.events(EventFilter(findingID: finding.id, limit: 200))
            let triage = identity.role.canTriage ? """
                <section class="card" id="triage"><h2>Triage</h2>
                <form method="post" action="/findings/\(finding.id)/transition">\(FindingViews.triageFields(identity: identity, id: "triage", current: finding.state))</form></section>
                """ : ""
            let body = """
                <p><a href="/findings?project=\(HTML.escape(QueryString.encode(finding.projectKey)))">← Findings of \(HTML.escape(finding.projectKey))</a></p>
                <h1>\(HTML.severity(finding.severity)) \(HTML.escape(finding.title))</h1>
                <div class="grid"><section class="card"><h2>Summary</h2>\(facts(finding))</section>
                <section class="card"><h2>Evidence</h2>\(evidence(finding))</section></div>
                \(triage)
                <section class="card"><h2>History</h2>\(history(events))</section>
                <section class="card"><h2>Sources (\(sources.count))</h2>\(sourceTable(sources))</section>
                <section class="card"><h2>Occurrences</h2>\(occurrenceTable(occurrences))</section>
                """
            return Layout.page("Finding \(finding.id)", identity: identity, section: .findings, body: body)
        }
    }

    private func facts(_ finding: FindingRecord) -> String {
        let now = Date()
        let cwe = finding.cwe.map { id -> String in "<a href=\"/findings?cwe=\(id)\">CWE-\(id)</a>" }.joined(separator: ", ")
        let reason = finding.stateReason.map { "<dt>Reason</dt><dd>\(HTML.escape($0))</dd>" } ?? ""
        let until = finding.acceptedUntil.map { "<dt>Accepted until</dt><dd>\(HTML.day($0))</dd>" } ?? ""
        return """
            <dl class="facts"><dt>State</dt><dd id="finding-state">\(HTML.state(finding.state.rawValue))</dd>\(reason)\(until)
            <dt>Rule</dt><dd><a href="/findings?rule=\(HTML.escape(QueryString.encode(finding.ruleId)))"><code>\(HTML.escape(finding.ruleId))</code></a></dd>
            <dt>Knowledge base</dt><dd>\(knowledgeLink(finding.ruleId))</dd>
            <dt>Kind</dt><dd>\(HTML.escape(finding.kind.rawValue))</dd><dt>Confidence</dt><dd>\(HTML.escape(finding.confidence.rawValue))</dd>
            <dt>CWE</dt><dd>\(cwe.isEmpty ? "—" : cwe)</dd><dt>Tools</dt><dd>\(HTML.escape(finding.tools.joined(separator: ", ")))</dd>
            <dt>Project</dt><dd><a href="/projects/\(HTML.escape(QueryString.encode(finding.projectKey)))">\(HTML.escape(finding.projectKey))</a> (branch <code>\(HTML.escape(finding.branch))</code>)</dd>
            <dt>First seen</dt><dd>\(HTML.day(finding.firstSeenAt)) (<a href="/scans/\(finding.firstScanID)">scan \(finding.firstScanID)</a>)</dd>
            <dt>Last seen</dt><dd>\(HTML.day(finding.lastSeenAt)) (<a href="/scans/\(finding.lastScanID)">scan \(finding.lastScanID)</a>)</dd>
            <dt>Due</dt><dd class="\(finding.isOverdue(at: now) ? "overdue" : "")">\(HTML.day(finding.dueAt))\(finding.isOverdue(at: now) ? " (overdue)" : "")</dd>
            \(finding.fixedAt.map { "<dt>Fixed</dt><dd>\(HTML.day($0))\(finding.fixedScanID.map { " (<a href=\"/scans/\($0)\">scan \($0)</a>)" } ?? "")</dd>" } ?? "")
            <dt>Fingerprint</dt><dd><code>\(HTML.escape(String(finding.fingerprint.prefix(16))))…</code></dd></dl>
            """
    }

    /// The rule's knowledge-base entry, or a search for its id when the catalog does not describe it (another tool's rule).
    private func knowledgeLink(_ ruleId: String) -> String {
        if rules.contains(where: { $0.id == ruleId }) {
            return "<a id=\"kb-link\" href=\"\(HTML.escape(KnowledgeBase.path(.rule, ruleId)))\">How to fix it</a>"
        }
        return "<a id=\"kb-link\" href=\"/kb?q=\(HTML.escape(QueryString.encode(ruleId)))\">Search the knowledge base</a>"
    }

    /// The message, where, the redacted snippet and secret (never the value), component and advisory.
    private func evidence(_ finding: FindingRecord) -> String {
        var parts: [String] = ["<p>\(HTML.escape(finding.message))</p>"]
        if let location = finding.location {
            parts.append("<p><code>\(HTML.escape(location.path)):\(location.startLine)\(location.endLine != location.startLine ? "-\(location.endLine)" : "")</code></p>")
            if let snippet = location.snippet { parts.append("<pre class=\"snippet\" id=\"snippet\">\(HTML.escape(snippet))</pre>") }
        }
        if let secret = finding.detail.secret {
            parts.append("<p>Secret (redacted): <code>\(HTML.escape(secret.redacted))</code>, SHA-256 <code>\(HTML.escape(String(secret.sha256.prefix(12))))…</code></p>")
        }
        if let component = finding.detail.component {
            parts.append("<p>Component <code>\(HTML.escape(component.purl))</code></p>")
        }
        if let advisory = finding.detail.advisory {
            let aliases = advisory.aliases.isEmpty ? "" : " (\(HTML.escape(advisory.aliases.joined(separator: ", "))))"
            let fixed = advisory.fixedVersions.isEmpty ? "no fixed version known" : "fixed in " + HTML.escape(advisory.fixedVersions.joined(separator: ", "))
            parts.append("<p>Advisory <code>\(HTML.escape(advisory.id))</code>\(aliases): \(fixed)</p>")
        }
        if let endpoint = finding.detail.endpoint {
            parts.append("<p>Endpoint <code>\(HTML.escape(endpoint.method)) \(HTML.escape(endpoint.url))</code></p>")
        }
        if let remediation = finding.detail.remediation { parts.append("<h3>Remediation</h3><p>\(HTML.escape(remediation))</p>") }
        return parts.joined()
    }

    private func history(_ events: [EventRecord]) -> String {
        "<ol class=\"history\" id=\"history\">" + events.map { event -> String in
            let change = event.to.map { to in " \(event.from.map { HTML.state($0) } ?? "") → \(HTML.state(to))" } ?? ""
            let scan = event.scanID.map { " in <a href=\"/scans/\($0)\">scan \($0)</a>" } ?? ""
            let reason = event.reason.map { ": <q>\(HTML.escape($0))</q>" } ?? ""
            return "<li><time>\(HTML.time(event.at))</time> <strong>\(HTML.escape(event.actor))</strong> \(HTML.escape(event.action))\(change)\(scan)\(reason)</li>"
        }.joined() + "</ol>"
    }

    private func sourceTable(_ sources: [FindingSourceRecord]) -> String {
        HTML.table(["Tool", "Rule", "Severity", "Title", "First scan"], sources.map { source in
            """
            <tr><td>\(HTML.escape(source.tool))</td><td><code>\(HTML.escape(source.ruleId))</code></td><td>\(HTML.severity(source.severity))</td>\
            <td>\(HTML.escape(source.title))</td><td><a href="/scans/\(source.firstScanID)">scan \(source.firstScanID)</a></td></tr>
            """
        }, empty: "Reported by one tool only.")
    }

    private func occurrenceTable(_ occurrences: [OccurrenceRecord]) -> String {
        HTML.table(["Scan", "When", "Branch", "Commit", "Where"], occurrences.map { occurrence in
            let place = occurrence.location.map { "<code>\(HTML.escape($0.path)):\($0.startLine)</code>" } ?? "—"
            return """
                <tr><td><a href="/scans/\(occurrence.scanID)">scan \(occurrence.scanID)</a></td><td>\(HTML.time(occurrence.at))</td>\
                <td><code>\(HTML.escape(occurrence.branch))</code></td><td><code>\(HTML.escape(occurrence.commit.map { String($0.prefix(12)) } ?? "—"))</code></td><td>\(place)</td></tr>
                """
        }, empty: "No occurrences recorded.")
    }
}
