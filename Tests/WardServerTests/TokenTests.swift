import Foundation
import Testing
@testable import WardServer
import WardCore
import WardStore

@Suite struct TokenTests {
    @Test func aRevokedTokenIsRefused() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        let developer = try await harness.user("dev", role: .developer, teams: ["a"])
        let session = try await harness.session(for: admin)
        try await harness.run { api in
            let created = try await api.post("/api/v1/tokens", as: .session(session), json: ["name": "pipeline", "role": "security"])
            #expect(created.status == 201, "\(created.text)")
            let body = try created.object()
            let token = try #require(body["token"] as? String)
            let record = try #require(body["record"] as? [String: Any])
            let id = try #require(record["id"] as? Int)
            #expect(token.hasPrefix("ward_pat_") && token.count == 49)
            #expect(record["role"] as? String == "security")
            #expect(record["prefix"] as? String == String(token.prefix(13)))
            #expect(!created.text.contains("token_hash") && record["token"] == nil)

            #expect(try await api.get("/api/v1/projects", as: .bearer(token)).status == 200)
            #expect(try await api.send(.delete, "/api/v1/tokens/\(id)", as: .bearer(developer.token)).status == 404, "not the developer's token")
            #expect(try await api.send(.delete, "/api/v1/tokens/\(id)", as: .bearer(token)).status == 204)
            let refused = try await api.get("/api/v1/projects", as: .bearer(token))
            #expect(refused.status == 401)
            #expect(refused.headers[.wwwAuthenticate] == "Bearer")
            #expect(try refused.errorMessage() == "the token is not valid, or was revoked")

            let listed = try await api.get("/api/v1/tokens", as: .session(session)).items()
            let revoked = try #require(listed.first { $0["id"] as? Int == id })
            #expect(revoked["revokedAt"] is String)
            #expect(try await api.get("/api/v1/tokens", as: .bearer(admin.token)).status == 403, "tokens are managed from a session")
        }
    }

    @Test func aTokenLimitedToProjectsSeesNothingElse() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        let limited = try await harness.user("lim", role: .admin, projects: ["alpha"])
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.store.createProject(key: "beta", actor: .system)
        try await harness.run { api in
            for project in ["alpha", "beta"] {
                let body = Reports.ward([.init(rule: "\(project)-secret")])
                #expect(try await api.send(.post, "/api/v1/projects/\(project)/scans", as: .bearer(admin.token), body: body).status == 201)
            }
            let projects = try await api.get("/api/v1/projects", as: .bearer(limited.token)).items()
            #expect(projects.compactMap { $0["key"] as? String } == ["alpha"])
            let findings = try await api.get("/api/v1/findings", as: .bearer(limited.token)).items()
            #expect(findings.compactMap { $0["ruleId"] as? String } == ["alpha-secret"])
            #expect(try await api.get("/api/v1/projects/beta", as: .bearer(limited.token)).status == 404)
            #expect(try await api.get("/api/v1/findings/2", as: .bearer(limited.token)).status == 404)
            #expect(try await api.get("/api/v1/scans/2", as: .bearer(limited.token)).status == 404)
            let upload = try await api.send(.post, "/api/v1/projects/beta/scans", as: .bearer(limited.token), body: Reports.ward([]))
            #expect(upload.status == 404)
            #expect(try upload.errorMessage() == "no project 'beta'")
            #expect(try await api.get("/api/v1/scans", as: .bearer(limited.token)).items().count == 1)
        }
    }

    @Test func tokensAreStoredOnlyAsTheirSHA256() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        let session = try await harness.session(for: admin)
        let viaAPI: String = try await harness.run { api in
            let created = try await api.post("/api/v1/tokens", as: .session(session), json: ["name": "ci"])
            return try #require(try created.object()["token"] as? String)
        }
        let directory = URL(fileURLWithPath: harness.databasePath).deletingLastPathComponent()
        var stored = Data()
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            stored += try Data(contentsOf: directory.appendingPathComponent(file))
        }
        for token in [admin.token, viaAPI] {
            #expect(stored.range(of: Data(token.utf8)) == nil, "the clear token is in the database files")
            #expect(stored.range(of: Data(String(token.dropFirst(9)).utf8)) == nil, "the token's random part is in the database files")
            #expect(stored.range(of: Data(SHA256Hex.digest(of: token).utf8)) != nil, "the token's SHA-256 is what is kept")
        }
    }
}
