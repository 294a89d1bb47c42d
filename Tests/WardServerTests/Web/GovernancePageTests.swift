import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WardGovern
import WardStore
@testable import WardServer

/// The governance pages: profile with tier and baseline, requirements, threat model, maturity and the portfolio heatmap.
@Suite struct GovernancePageTests {
    @Test func theProfileFormSetsFlagsAndBaselineAndThePageShowsTierAndMaturity() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let sam = try await client.signIn("sam")
            let saved = try await client.postForm(
                "/projects/demo/profile",
                [("_csrf", sam.csrf), ("exposure", "internet"), ("data", "financial"), ("platform", "mobile"), ("criticality", "critical"),
                 ("personal_data", "yes"), ("payment_data", "derive"), ("baseline", "auto"), ("regulations", "")],
                headers: sam.headers)
            #expect(saved.status == .seeOther)
            let project = try #require(try await fixture.store.project(key: "demo"))
            #expect(project.profile.personalData == true && project.profile.paymentData == nil && project.baselineChoice == "auto")
            let page = try await client.get("/projects/demo", as: sam).html
            #expect(page.contains("<dd class=\"tier\">tier 1</dd>"))
            #expect(page.contains("<code>mobile-banking@1</code> Internet-facing mobile banking app"))
            #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && page.contains("What to do next"))
            #expect(page.contains("action=\"/projects/demo/attestations\""))
            let bad = try await client.postForm("/projects/demo/profile", [("_csrf", sam.csrf), ("baseline", "gold")], headers: sam.headers)
            #expect(bad.status == .badRequest)

            let attested = try await client.postForm(
                "/projects/demo/attestations",
                [("_csrf", sam.csrf), ("activity", "organisation-security-owner"), ("link", "https://wiki.example/demo"), ("expires", "2099-01-01")],
                headers: sam.headers)
            #expect(attested.status == .badRequest)
            let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
            let recorded = try await client.postForm(
                "/projects/demo/attestations",
                [("_csrf", sam.csrf), ("activity", "organisation-security-owner"), ("link", "https://wiki.example/demo"), ("expires", "\(year)-01-01")],
                headers: sam.headers)
            #expect(recorded.status == .seeOther)
            #expect(try await fixture.store.attestations(project: project).map(\.activity) == ["organisation-security-owner"])
        }
    }

    @Test func requirementsAndThreatModelPages() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let dave = try await client.signIn("dave")
            #expect(try await client.get("/projects/demo/requirements", as: dave).status == .notFound)
            let page = try await client.get("/projects/mobile-app/requirements", as: dave).html
            #expect(page.contains("<tr id=\"WARD-SECRETS-01\">") && page.contains("action=\"/projects/mobile-app/requirements/WARD-SECRETS-01\""))
            let set = try await client.postForm(
                "/projects/mobile-app/requirements/WARD-LOG-01", [("_csrf", dave.csrf), ("status", "implemented"), ("justification", "central logging")],
                headers: dave.headers)
            #expect(set.status == .seeOther)
            let after = try await client.get("/projects/mobile-app/requirements", as: dave).html
            #expect(after.contains("implemented per dave on"))

            let audrey = try await client.signIn("audrey")
            let readOnly = try await client.get("/projects/mobile-app/requirements", as: audrey).html
            #expect(!readOnly.contains("action=\"/projects/mobile-app/requirements/"))

            let empty = try await client.get("/projects/mobile-app/threat-model", as: dave).html
            #expect(empty.contains("No threat model yet"))
            let uploaded = try await client.postForm(
                "/projects/mobile-app/threat-model", [("_csrf", dave.csrf), ("model", Reports.threatModel)], headers: dave.headers)
            #expect(uploaded.status == .seeOther)
            let threats = ThreatAnalyzer.analyze(try ThreatModelParser.parse(Reports.threatModel))
            let shown = try await client.get("/projects/mobile-app/threat-model", as: dave).html
            #expect(shown.contains("<h2>Threats (\(threats.count))</h2>") && shown.contains("href=\"/projects/mobile-app/threat-model.dot\""))
            let dot = try await client.get("/projects/mobile-app/threat-model.dot", as: dave)
            #expect(dot.headers[.contentType] == "text/vnd.graphviz; charset=utf-8" && dot.html.hasPrefix("digraph"))
            let markdown = try await client.get("/projects/mobile-app/threat-model.md", as: audrey)
            #expect(markdown.status == .ok && markdown.html.hasPrefix("# "))
            let broken = try await client.postForm("/projects/mobile-app/threat-model", [("_csrf", dave.csrf), ("model", "title: [")], headers: dave.headers)
            #expect(broken.status == .badRequest)
        }
    }

    @Test func thePortfolioHeatmapFiltersAndExports() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let alice = try await client.signIn("alice")
            let page = try await client.get("/maturity", as: alice).html
            #expect(page.contains("<table class=\"data heatmap\">"))
            #expect(page.contains("href=\"/projects/demo#maturity\"") && page.contains("href=\"/projects/mobile-app#maturity\""))
            let filtered = try await client.get("/maturity?team=mobile", as: alice).html
            #expect(!filtered.contains("href=\"/projects/demo#maturity\"") && filtered.contains("href=\"/projects/mobile-app#maturity\""))
            #expect(try await client.get("/maturity?tier=9", as: alice).status == .badRequest)
            let csv = try await client.get("/maturity.csv?tier=4", as: alice)
            let header = "project," + MaturityDimension.allCases.map(\.rawValue).joined(separator: ",") + ",overall\r\n"
            #expect(csv.html.hasPrefix(header) && csv.html.contains("\r\ndemo,") && csv.html.contains("\r\nmobile-app,"))
            let dave = try await client.signIn("dave")
            let own = try await client.get("/maturity.csv", as: dave).html
            #expect(!own.contains("demo,") && own.contains("mobile-app,"))
        }
    }
}
