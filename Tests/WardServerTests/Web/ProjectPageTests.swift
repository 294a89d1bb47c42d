import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WardStore
@testable import WardServer

@Suite struct ProjectPageTests {
    @Test func securityEditsTheProfileAndDevelopersOnlyReadIt() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let sam = try await client.signIn("sam")
            #expect(try await client.get("/projects/demo", as: sam).html.contains("action=\"/projects/demo/profile\""))
            let saved = try await client.postForm(
                "/projects/demo/profile",
                [("_csrf", sam.csrf), ("exposure", "internet"), ("data", "financial"), ("platform", "mobile"), ("criticality", "critical"),
                 ("regulations", "PCI DSS, PIPL"), ("sla_critical", "3"), ("sla_high", "30"), ("sla_medium", "90"), ("sla_low", "180")],
                headers: sam.headers)
            #expect(saved.status == .seeOther)
            let profile = try #require(try await fixture.store.project(key: "demo")).profile
            #expect(profile.exposure == .internet && profile.dataClassification == .financial && profile.criticality == .critical)
            #expect(profile.regulations == ["PCI DSS", "PIPL"])
            #expect(profile.sla?.critical == 3)

            let bad = try await client.postForm("/projects/demo/profile", [("_csrf", sam.csrf), ("exposure", "moon")], headers: sam.headers)
            #expect(bad.status == .badRequest)

            let dave = try await client.signIn("dave")
            let page = try await client.get("/projects/mobile-app", as: dave).html
            #expect(!page.contains("/profile\"") && page.contains("<dt>Exposure</dt>"))
            let refused = try await client.postForm("/projects/mobile-app/profile", [("_csrf", dave.csrf), ("exposure", "internet")], headers: dave.headers)
            #expect(refused.status == .forbidden)
        }
    }

    @Test func everyoneManagesTheirOwnTokensOnly() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let alice = try await client.signIn("alice")
            _ = try await client.postForm("/admin/tokens", [("_csrf", alice.csrf), ("name", "alice-ci")], headers: alice.headers)
            let dave = try await client.signIn("dave")
            let created = try await client.postForm("/tokens", [("_csrf", dave.csrf), ("name", "dave-laptop"), ("user", "alice")], headers: dave.headers)
            #expect(created.status == .created)
            let tokens = try await fixture.store.tokens()
            #expect(tokens.first { $0.name == "dave-laptop" }?.userName == "dave", "a non-admin cannot create a token for someone else")
            let page = try await client.get("/tokens", as: dave).html
            #expect(page.contains("dave-laptop") && !page.contains("alice-ci"))
            let alicesToken = try #require(tokens.first { $0.name == "alice-ci" })
            let revoke = try await client.postForm("/tokens/\(alicesToken.id)/revoke", [("_csrf", dave.csrf)], headers: dave.headers)
            #expect(revoke.status == .notFound)
            #expect(try await client.get("/admin/tokens", as: dave).status == .forbidden)
        }
    }
}
