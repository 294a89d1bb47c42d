import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WardServer

@Suite struct PageTests {
    static let adminPages = [
        "/", "/projects", "/projects/demo", "/projects/mobile-app", "/findings", "/findings?severity=critical&state=open",
        "/findings?kind=code&q=sql&overdue=false&sort=due", "/findings/1", "/scans", "/scans/1", "/scans?project=demo", "/admin/users",
        "/admin/teams", "/admin/tokens", "/tokens", "/audit", "/audit?actor=test&action=project.", "/analytics", "/analytics?days=7&project=demo",
        "/kb", "/kb?q=token", "/kb/requirements/WARD-AUTH-01",
    ]

    @Test func everyPageRendersForAnAdminWithoutInlineScriptOrStyle() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            for page in Self.adminPages {
                let response = try await client.get(page, as: session)
                #expect(response.status == .ok, "\(page)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(page)")
                #expect(!response.html.contains("style="), "\(page) has an inline style")
                #expect(!response.html.contains("<script>"), "\(page) has an inline script")
                #expect(response.html.contains("name=\"_csrf\""), "\(page) lacks the logout form's CSRF field")
                #expect(response.html.contains("<li><a href=\"/findings\""), "\(page) lacks the navigation")
                #expect(!response.html.contains("SQLKit") && !response.html.contains("SQLRaw"), "\(page) shows a query value, not HTML")
            }
        }
    }

    @Test func pagesCarryTheSecurityHeaders() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            for page in ["/", "/login", "/findings/1", "/static/ward.css"] {
                let response = try await client.get(page, as: session)
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), "\(page)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
        }
    }

    @Test func aDeveloperSeesTheirTeamAndGets404ForAnotherTeam() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let dave = try await client.signIn("dave")
            #expect(try await client.get("/projects/mobile-app", as: dave).status == .ok)
            #expect(try await client.get("/findings/\(fixture.mobileFindingIDs[0])", as: dave).status == .ok)
            for page in ["/projects/demo", "/findings/\(fixture.demoFindingIDs[0])", "/findings?project=demo", "/scans/1"] {
                let response = try await client.get(page, as: dave)
                #expect(response.status == .notFound, "\(page)")
                #expect(!response.html.contains("github-token"))
            }
            let list = try await client.get("/projects", as: dave)
            #expect(list.html.contains("mobile-app") && !list.html.contains("/projects/demo"))
            #expect(try await client.get("/admin/users", as: dave).status == .forbidden)
            #expect(try await client.get("/audit", as: dave).status == .forbidden)
        }
    }

    @Test func theFindingPageShowsTheRedactedSnippetNeverTheSecret() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            let page = try await client.get("/findings/\(fixture.demoFindingIDs[0])", as: session)
            #expect(page.status == .ok)
            #expect(page.html.contains("config/app.env"))
            #expect(page.html.contains("GITHUB_TOKEN="))
            #expect(page.html.contains("…"), "the redacted form, with its ellipsis")
            #expect(!page.html.contains(fixture.clearSecret))
            #expect(!page.html.contains(String(fixture.clearSecret.dropFirst(4).prefix(12))))
        }
    }

    @Test func valuesFromScansAreEscaped() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            for page in ["/findings", "/findings/\(fixture.demoFindingIDs[1])", "/scans/1"] {
                let text = try await client.get(page, as: session).html
                #expect(!text.contains("<b>input</b>"), "\(page)")
                #expect(text.contains("SQL built from &lt;b&gt;input&lt;/b&gt;"), "\(page)")
            }
        }
    }

    @Test func theDashboardDrawsAnAccessibleWeeklyChart() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let text = try await client.get("/", as: try await client.signIn("alice")).html
            #expect(text.contains("<svg class=\"chart\""))
            #expect(text.contains("role=\"img\""))
            #expect(text.contains("<title id=\"trend-title\">New versus fixed findings per week</title>"))
            #expect(text.contains("<desc id=\"trend-desc\">4 new and 0 fixed findings"))
            #expect(text.contains("Week starting (UTC)"))
            #expect(text.contains("/projects/demo"), "riskiest projects")
        }
    }

    @Test func staticAssetsAreServedAndCached() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let css = try await client.execute(uri: "/static/ward.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl] == "public, max-age=3600")
            let js = try await client.execute(uri: "/static/ward.js", method: .get)
            #expect(js.html.contains("data-select-all"))
        }
    }
}
