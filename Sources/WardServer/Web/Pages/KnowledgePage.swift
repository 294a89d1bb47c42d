import Foundation
import Hummingbird
import WardCore
import WardGovern

/// The knowledge base: search over every rule, requirement and organisation article, and a page for each.
extension ServerServices {
    func addKnowledgePages(to router: Router<WardRequestContext>) {
        router.get("/kb") { request, context -> Response in
            let identity = try context.requireIdentity()
            let query = try Self.knowledgeQuery(request)
            let base = try await knowledgeBase()
            let results = base.search(query)
            let problems = identity.role >= .security && !base.problems.isEmpty
                ? "<section class=\"card\" id=\"kb-problems\"><h2>Articles that could not be read</h2><ul>"
                    + base.problems.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul></section>"
                : ""
            let body = """
                <h1>Knowledge base</h1>
                <p>\(base.articles.count) articles, \(base.rules.count) rules, \(base.requirements.count) requirements.</p>
                <form class="filters" method="get" action="/kb" role="search"><label>Search <input type="search" name="q" id="kb-q" \
                value="\(HTML.escape(query))" maxlength="\(Self.maxKnowledgeQuery)"></label><button type="submit">Search</button></form>
                \(problems)
                <section class="card"><h2>\(query.isEmpty ? "Everything" : "\(results.count) results for “\(HTML.escape(query))”")</h2>
                \(HTML.table(["Kind", "Title", "Summary"], results.map(Self.knowledgeRow), empty: "Nothing matches.", classes: "kb-results"))</section>
                """
            return Layout.page("Knowledge base", identity: identity, section: .kb, body: body)
        }
        router.get("/kb/rules/{id}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let id = try context.parameters.require("id")
            guard let rule = try await knowledgeBase().rule(id) else { throw APIError.notFound("no rule '\(id)' in the knowledge base") }
            return Layout.page(rule.title, identity: identity, section: .kb, body: KnowledgeView.rule(rule))
        }
        router.get("/kb/requirements/{id}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let id = try context.parameters.require("id")
            guard let requirement = try await knowledgeBase().requirement(id) else { throw APIError.notFound("no requirement '\(id)'") }
            return Layout.page(requirement.id, identity: identity, section: .kb, body: KnowledgeView.requirement(requirement))
        }
        router.get("/kb/articles/{slug}") { _, context -> Response in
            let identity = try context.requireIdentity()
            let slug = try context.parameters.require("slug")
            guard let article = try await knowledgeBase().article(slug) else { throw APIError.notFound("no article '\(slug)'") }
            return Layout.page(article.title, identity: identity, section: .kb, body: KnowledgeView.article(article))
        }
    }

    private static func knowledgeRow(_ entry: KnowledgeEntry) -> String {
        """
        <tr><td>\(HTML.escape(entry.kind.rawValue))</td><td><a href="\(HTML.escape(entry.path))">\(HTML.escape(entry.title))</a></td>\
        <td>\(HTML.escape(entry.summary))</td></tr>
        """
    }
}

/// The pages of single knowledge-base entries.
enum KnowledgeView {
    static let back = "<p><a href=\"/kb\">← Knowledge base</a></p>"

    static func rule(_ rule: RuleDescription) -> String {
        let cwe = rule.cwe.map { "<a href=\"https://cwe.mitre.org/data/definitions/\($0).html\" rel=\"noopener noreferrer\">CWE-\($0)</a>" }
            .joined(separator: ", ")
        let references = rule.references.map { reference -> String in
            guard let url = MarkdownRenderer.safeURL(reference), url.lowercased().hasPrefix("http") else { return "<li>\(HTML.escape(reference))</li>" }
            return "<li><a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">\(HTML.escape(reference))</a></li>"
        }.joined()
        return """
            \(back)
            <h1>\(HTML.severity(rule.severity)) \(HTML.escape(rule.title))</h1>
            <section class="card" id="kb-entry"><dl class="facts"><dt>Rule</dt><dd><code>\(HTML.escape(rule.id))</code></dd>
            <dt>Kind</dt><dd>\(HTML.escape(rule.kind.rawValue))</dd><dt>Confidence</dt><dd>\(HTML.escape(rule.confidence.rawValue))</dd>
            <dt>CWE</dt><dd>\(cwe.isEmpty ? "—" : cwe)</dd><dt>OWASP</dt><dd>\(rule.owasp.isEmpty ? "—" : HTML.escape(rule.owasp.joined(separator: ", ")))</dd></dl>
            <h2>What it finds</h2><p>\(HTML.escape(rule.summary))</p>
            <h2>How to fix it</h2><p>\(HTML.escape(rule.remediation))</p>
            \(references.isEmpty ? "" : "<h2>References</h2><ul>\(references)</ul>")
            <p><a href="/findings?state=open,confirmed,reopened&amp;rule=\(HTML.escape(QueryString.encode(rule.id)))">Open findings of this rule</a></p></section>
            """
    }

    static func requirement(_ requirement: SecurityRequirement) -> String {
        let evidence = requirement.evidence.map { rule in
            "<dt>Evidence</dt><dd>a \(HTML.escape(rule.scan.rawValue)) scan in the last \(rule.maxAgeDays) days and no open finding of \(HTML.escape(rule.findingDescription))</dd>"
        } ?? ""
        let list: ([String]) -> String = { $0.isEmpty ? "—" : HTML.escape($0.joined(separator: ", ")) }
        return """
            \(back)
            <h1><code>\(HTML.escape(requirement.id))</code> \(HTML.escape(requirement.title))</h1>
            <section class="card" id="kb-entry"><h2>Requirement</h2><p>\(HTML.escape(requirement.text))</p>
            <h2>Why</h2><p>\(HTML.escape(requirement.rationale))</p>
            <h2>Verification</h2><dl class="facts"><dt>Method</dt><dd>\(HTML.escape(requirement.verification.rawValue))</dd>\(evidence)
            <dt>ASVS</dt><dd>\(list(requirement.asvs))</dd><dt>MASVS</dt><dd>\(list(requirement.masvs))</dd>
            <dt>CWE</dt><dd>\(list(requirement.cwe.map { "CWE-\($0)" }))</dd></dl></section>
            """
    }

    static func article(_ article: KnowledgeArticle) -> String {
        // The article's own first heading is the page title; the rest renders below it.
        var lines = article.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.firstIndex(where: { $0.hasPrefix("# ") }), lines[..<index].allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            lines.remove(at: index)
        }
        let html = MarkdownRenderer(minimumLevel: 2).render(lines.joined(separator: "\n"))
        return "\(back)<h1>\(HTML.escape(article.title))</h1><article class=\"card kb-article\" id=\"kb-entry\">\(html)</article>"
    }
}
