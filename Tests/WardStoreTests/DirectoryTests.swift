import Foundation
import SQLKit
import Testing
import WardCore
@testable import WardStore

@Suite struct DirectoryTests {
    @Test(arguments: TestStore.engines)
    func tokensAreShownOnceStoredHashedAndRevocable(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        try await store.createUser(name: "alice", passwordHash: "$2b$04$hash", role: .security, actor: Sample.admin)
        let (token, record) = try await store.createToken(name: "ci", user: "alice", role: .developer, projects: ["p"], actor: Sample.admin)
        #expect(token.hasPrefix("ward_pat_") && token.count == 49)
        #expect(record.role == .developer && record.projects == ["p"] && record.prefix == String(token.prefix(13)))
        let stored = try await store.database.withConnection { db in
            try await db.raw("SELECT token_hash FROM api_tokens").all().map { try $0.string("token_hash") }
        }
        #expect(stored == [SHA256Hex.digest(of: token)])
        let (user, found) = try #require(try await store.authenticate(token: token))
        #expect(user.name == "alice" && found.id == record.id)
        #expect(try await store.authenticate(token: token + "x") == nil)
        try await store.revokeToken(record.id, actor: Sample.admin)
        #expect(try await store.authenticate(token: token) == nil)
        await #expect(throws: StoreError.invalid("a token cannot have more rights than its user: alice is security")) {
            try await store.createToken(name: "x", user: "alice", role: .admin, actor: Sample.admin)
        }
        let actions = try await store.events(EventFilter()).map(\.action)
        #expect(actions == ["token.revoke", "token.create", "user.create"])
    }

    @Test(arguments: TestStore.engines)
    func sessionsExpireAndEndWithTheUser(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let user = try await store.createUser(name: "bob", passwordHash: "h", role: .developer, teams: ["mobile"], actor: Sample.admin)
        #expect(user.teams.map(\.name) == ["mobile"])
        let session = try await store.createSession(userID: user.id, lifetime: 3600)
        #expect(try await store.session(session.id)?.csrf == session.csrf)
        clock.advance(days: 1)
        #expect(try await store.session(session.id) == nil)
        let second = try await store.createSession(userID: user.id)
        try await store.setUserDisabled(user.id, true, actor: Sample.admin)
        #expect(try await store.session(second.id) == nil)
        #expect(try await store.passwordHash(ofUser: "bob") == nil)
    }

    @Test(arguments: TestStore.engines)
    func developersSeeOnlyTheirTeamsProjects(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        let mobile = try await store.createTeam("mobile", actor: Sample.admin)
        _ = try await store.createTeam("payments", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([Sample.finding("a")]), project: "app", createProject: true, team: "mobile", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([Sample.finding("b")]), project: "ledger", createProject: true, team: "payments", actor: Sample.admin)
        let developer = Visibility(allProjects: false, teamIDs: [mobile.id])
        #expect(try await store.projects(visibility: developer).map(\.key) == ["app"])
        #expect(try await store.findings(FindingFilter(), visibility: developer).items.map(\.projectKey) == ["app"])
        #expect(try await store.scans(visibility: developer).map(\.projectKey) == ["app"])
        #expect(try await store.dashboard(visibility: developer).openTotal == 1)
        #expect(try await store.events(EventFilter(), visibility: developer).allSatisfy { $0.projectID != nil })
        let narrowed = Visibility(allProjects: true, projectKeys: ["ledger"])
        #expect(try await store.projects(visibility: narrowed).map(\.key) == ["ledger"])
    }

    @Test(arguments: TestStore.engines)
    func cursorPagesReturnEveryFindingOnceInOrder(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        let severities: [Severity] = [.critical, .high, .medium, .low]
        let findings = (0..<57).map { Sample.finding("r\($0)", severity: severities[$0 % 4], path: "src/f\($0 % 3).py", line: $0) }
        _ = try await store.ingest(Sample.upload(findings), project: "p", createProject: true, actor: Sample.admin)
        for sort in FindingFilter.Sort.allCases {
            var filter = FindingFilter()
            filter.sort = sort
            filter.limit = 10
            var seen: [FindingRecord] = []
            repeat {
                let page = try await store.findings(filter, visibility: .everything)
                seen += page.items
                filter.cursor = page.next
            } while filter.cursor != nil
            #expect(seen.count == 57 && Set(seen.map(\.id)).count == 57, "sort \(sort)")
        }
        var filter = FindingFilter()
        filter.limit = 20
        let first = try await store.findings(filter, visibility: .everything).items
        #expect(first.map(\.severity.rank) == first.map(\.severity.rank).sorted(by: >))
        filter.pathPrefix = "src/f1"
        filter.severities = [.critical]
        #expect(try await store.countFindings(filter, visibility: .everything) == 5)
        filter = FindingFilter()
        filter.text = "R5"
        #expect(Set(try await store.findings(filter, visibility: .everything).items.map(\.ruleId)) == ["r5", "r50", "r51", "r52", "r53", "r54", "r55", "r56"])
        filter = FindingFilter()
        filter.cursor = "garbage"
        await #expect(throws: StoreError.invalid("the cursor is not one this server made")) {
            try await store.findings(filter, visibility: .everything)
        }
    }
}
