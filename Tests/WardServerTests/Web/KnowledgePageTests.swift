import Foundation
import HummingbirdTesting
import Testing
import WardCore
import WardGovern
@testable import WardServer

/// The knowledge-base and analytics pages, and the finding page's link to its rule's entry.
@Suite struct KnowledgePageTests {
    /// The web fixture, served with a rule catalog that describes `sql-injection` (not `github-token`) and a knowledge directory.
    static func fixture() async throws -> WebFixture {
        let base = try await WebFixture.make()
        let configuration = ServerConfiguration(bcryptCost: 4, knowledgeDirectory: try KnowledgeAPITests.knowledgeDirectory().path)
        return WebFixture(
            store: base.store, services: ServerServices(store: base.store, configuration: configuration, rules: KnowledgeAPITests.rules),
            clearSecret: base.clearSecret, demoFindingIDs: base.demoFindingIDs, mobileFindingIDs: base.mobileFindingIDs)
    }

    @Test func searchPageListsResultsAndShowsUnreadableArticlesToSecurityOnly() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let alice = try await client.signIn("alice")
            let page = try await client.get("/kb?q=vault", as: alice)
            #expect(page.status == .ok)
            #expect(page.html.contains("<a href=\"/kb/articles/vault\">Vault at the bank</a>"))
            #expect(page.html.contains("<a href=\"/kb/rules/vault-token\">Vault token</a>"))
            #expect(page.html.contains("3 results for “vault”"))
            #expect(page.html.contains("<li>broken.md: not UTF-8 text</li>"))
            #expect(page.html.contains("<a href=\"/kb\" aria-current=\"page\">Knowledge base</a>"))
            let dave = try await client.signIn("dave")
            let forDeveloper = try await client.get("/kb?q=%3Cscript%3E", as: dave)
            #expect(forDeveloper.status == .ok)
            #expect(!forDeveloper.html.contains("broken.md"))
            #expect(forDeveloper.html.contains("value=\"&lt;script&gt;\""))
            #expect(forDeveloper.html.contains("Nothing matches."))
        }
    }

    @Test func entryPagesRenderRulesRequirementsAndArticles() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let session = try await client.signIn("dave")
            let rule = try await client.get("/kb/rules/sql-injection", as: session)
            #expect(rule.status == .ok)
            #expect(rule.html.contains("<h2>How to fix it</h2><p>Bind parameters instead of concatenating.</p>"))
            #expect(rule.html.contains("href=\"https://cwe.mitre.org/data/definitions/89.html\""))
            let requirement = try await client.get("/kb/requirements/WARD-AUTH-01", as: session)
            #expect(requirement.status == .ok)
            #expect(requirement.html.contains("<h2>Why</h2><p>A leaked password table must not reveal passwords that customers reuse elsewhere.</p>"))
            #expect(requirement.html.contains("<dt>Method</dt><dd>automated-scan</dd><dt>Evidence</dt><dd>a code scan in the last 30 days"))
            let article = try await client.get("/kb/articles/vault", as: session)
            #expect(article.status == .ok)
            #expect(article.html.contains("<h1>Vault at the bank</h1>"))
            #expect(article.html.contains("<h2>Steps</h2>\n<ul><li>ask &lt;b&gt;appsec&lt;/b&gt;</li></ul>"))
            #expect(!article.html.contains("<b>appsec"))
            for missing in ["/kb/rules/nope", "/kb/requirements/WARD-NOPE-01", "/kb/articles/broken", "/kb/articles/..%2Fward.db"] {
                #expect(try await client.get(missing, as: session).status == .notFound, "\(missing)")
            }
        }
    }

    @Test func aFindingLinksItsRulesEntryOrASearch() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            // The demo scan's findings: github-token (not in the catalog), sql-injection, debug-enabled.
            let secret = try await client.get("/findings/\(fixture.demoFindingIDs[0])", as: session)
            #expect(secret.html.contains("<a id=\"kb-link\" href=\"/kb?q=github-token\">Search the knowledge base</a>"))
            let sql = try await client.get("/findings/\(fixture.demoFindingIDs[1])", as: session)
            #expect(sql.html.contains("<a id=\"kb-link\" href=\"/kb/rules/sql-injection\">How to fix it</a>"))
        }
    }

    @Test func analyticsPageShowsEveryTableWithItsCSVLink() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            let page = try await client.get("/analytics?days=30", as: session)
            #expect(page.status == .ok)
            for table in ["severity", "teams", "cwes", "weeks"] {
                #expect(page.html.contains("id=\"csv-\(table)\" href=\"/api/v1/analytics?days=30&amp;table=\(table)&amp;format=csv\""), "\(table)")
            }
            #expect(page.html.contains("<td>core</td><td>CWE-798</td><td>3</td>"))
            #expect(page.html.contains("<td>mobile</td><td>CWE-798</td><td>1</td>"))
            #expect(page.html.contains("<svg"))
            let csv = try await client.get("/api/v1/analytics?days=30&table=cwes&format=csv", as: session)
            #expect(String(buffer: csv.body) == "team,cwe,open\r\ncore,CWE-798,3\r\nmobile,CWE-798,1\r\n")

            let dave = try await client.signIn("dave")
            let mobile = try await client.get("/analytics", as: dave)
            #expect(!mobile.html.contains("<td>core</td>") && mobile.html.contains("<td>mobile</td><td>CWE-798</td><td>1</td>"))
            #expect(try await client.get("/analytics?project=demo", as: dave).status == .notFound)
            #expect(try await client.get("/analytics?days=-1", as: dave).status == .badRequest)
        }
    }
}
