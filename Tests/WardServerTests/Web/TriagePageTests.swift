import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WardStore
@testable import WardServer

@Suite struct TriagePageTests {
    @Test func theTriageFormRecordsAnEventShownInTheHistory() async throws {
        let fixture = try await WebFixture.make()
        let id = fixture.demoFindingIDs[1]
        try await fixture.test { client in
            let session = try await client.signIn("sam")
            let response = try await client.postForm(
                "/findings/\(id)/transition", [("_csrf", session.csrf), ("state", "false_positive"), ("reason", "test fixture, not production code")],
                headers: session.headers)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/findings/\(id)#history")
            let event = try #require(try await fixture.store.events(EventFilter(findingID: id)).first)
            #expect(event.action == "finding.transition" && event.to == "false_positive" && event.actor == "sam")
            #expect(event.reason == "test fixture, not production code")
            let page = try await client.get("/findings/\(id)", as: session).html
            #expect(page.contains("test fixture, not production code"))
            #expect(page.contains("state-false_positive"))
        }
    }

    @Test func aFormWithoutTheCSRFTokenIsRefusedAndChangesNothing() async throws {
        let fixture = try await WebFixture.make()
        let id = fixture.demoFindingIDs[0]
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            for token in [nil, "forged"] {
                var fields = [("state", "false_positive"), ("reason", "cross-site")]
                if let token { fields.append(("_csrf", token)) }
                let response = try await client.postForm("/findings/\(id)/transition", fields, headers: session.headers)
                #expect(response.status == .forbidden)
            }
            #expect(try await fixture.store.finding(id: id, visibility: .everything)?.state == .open)
        }
    }

    @Test func aReasonIsMandatory() async throws {
        let fixture = try await WebFixture.make()
        let id = fixture.demoFindingIDs[0]
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            let response = try await client.postForm(
                "/findings/\(id)/transition", [("_csrf", session.csrf), ("state", "confirmed"), ("reason", "  ")], headers: session.headers)
            #expect(response.status == .badRequest)
            #expect(response.html.contains("a reason is required"))
            #expect(try await fixture.store.finding(id: id, visibility: .everything)?.state == .open)
        }
    }

    @Test func bulkTriageMovesEveryTickedFindingAndReturnsToTheList() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            let until = Date().addingTimeInterval(30 * 86_400).day
            let ids = fixture.demoFindingIDs.prefix(2).map { ("ids", String($0)) }
            let response = try await client.postForm(
                "/findings/triage",
                [("_csrf", session.csrf)] + ids + [("state", "accepted_risk"), ("reason", "compensating control"), ("until", until),
                                                   ("back", "/findings?project=demo")],
                headers: session.headers)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/findings?project=demo")
            for id in fixture.demoFindingIDs.prefix(2) {
                let finding = try #require(try await fixture.store.finding(id: id, visibility: .everything))
                #expect(finding.state == .acceptedRisk)
                #expect(finding.acceptedUntil?.day == until)
            }
            let offSite = try await client.postForm(
                "/findings/triage",
                [("_csrf", session.csrf), ("ids", String(fixture.demoFindingIDs[2])), ("state", "confirmed"), ("reason", "seen"),
                 ("back", "https://evil.example/")], headers: session.headers)
            #expect(offSite.headers[.location] == "/findings")
        }
    }

    @Test func developersAreNotOfferedAcceptedRiskAndAuditorsGetNoForm() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let dave = try await client.signIn("dave")
            let page = try await client.get("/findings/\(fixture.mobileFindingIDs[0])", as: dave).html
            #expect(page.contains("action=\"/findings/\(fixture.mobileFindingIDs[0])/transition\""))
            #expect(page.contains("value=\"false_positive\""))
            #expect(!page.contains("value=\"accepted_risk\""))
            let refused = try await client.postForm(
                "/findings/\(fixture.mobileFindingIDs[0])/transition",
                [("_csrf", dave.csrf), ("state", "accepted_risk"), ("reason", "no"), ("until", Date().addingTimeInterval(86_400 * 3).day)],
                headers: dave.headers)
            #expect(refused.status == .forbidden)

            let audrey = try await client.signIn("audrey")
            let readOnly = try await client.get("/findings/\(fixture.demoFindingIDs[0])", as: audrey)
            #expect(readOnly.status == .ok)
            #expect(!readOnly.html.contains("/transition"))
            #expect(!(try await client.get("/findings", as: audrey).html.contains("/findings/triage")))
        }
    }

    @Test func adminsCreateUsersTeamsAndTokensShownOnce() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let session = try await client.signIn("alice")
            let team = try await client.postForm("/admin/teams", [("_csrf", session.csrf), ("name", "payments")], headers: session.headers)
            #expect(team.status == .seeOther)
            let user = try await client.postForm(
                "/admin/users",
                [("_csrf", session.csrf), ("name", "pat"), ("password", "another long password"), ("role", "developer"), ("teams", "payments")],
                headers: session.headers)
            #expect(user.status == .seeOther)
            #expect(try await fixture.store.user(named: "pat")?.teams.map(\.name) == ["payments"])

            let created = try await client.postForm(
                "/admin/tokens", [("_csrf", session.csrf), ("name", "pipeline"), ("user", "pat"), ("projects", "demo")], headers: session.headers)
            #expect(created.status == .created)
            let token = try #require(created.html.firstCapture(#"id="new-token">(ward_pat_[A-Za-z0-9]+)<"#))
            #expect(try await fixture.store.authenticate(token: token)?.user.name == "pat")
            let list = try await client.get("/admin/tokens", as: session).html
            #expect(list.contains("pipeline") && !list.contains(token), "the token is shown once, on creation only")

            let record = try #require(try await fixture.store.tokens().first { $0.name == "pipeline" })
            let revoked = try await client.postForm("/admin/tokens/\(record.id)/revoke", [("_csrf", session.csrf)], headers: session.headers)
            #expect(revoked.status == .seeOther)
            #expect(try await fixture.store.authenticate(token: token) == nil)
        }
    }
}
