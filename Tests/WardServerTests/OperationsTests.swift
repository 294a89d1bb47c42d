import Foundation
import Testing
@testable import WardServer
import WardStore

@Suite struct OperationsTests {
    @Test func healthAnswersWithoutCredentials() async throws {
        let harness = try await APIHarness.make()
        try await harness.run { api in
            let health = try await api.get("/health", as: .none)
            #expect(health.status == 200)
            #expect(health.headers[.contentType] == "application/json; charset=utf-8")
            let body = try health.object()
            #expect(Set(body.keys) == ["status", "version"])
            #expect(body["status"] as? String == "ok")
        }
    }

    @Test func metricsArePrometheusText() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            let body = Reports.ward([.init(rule: "a", severity: "critical"), .init(rule: "b", severity: "critical")])
            #expect(try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: body).status == 201)
            #expect(try await api.get("/api/v1/projects/nope", as: .bearer(admin.token)).status == 404)
            let metrics = try await api.get("/metrics", as: .none)
            #expect(metrics.status == 200)
            #expect(metrics.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let lines = metrics.text.split(separator: "\n").map(String.init)
            #expect(lines.contains("# TYPE ward_http_requests_total counter"))
            #expect(lines.contains(#"ward_open_findings{severity="critical"} 2.0"#) || lines.contains(#"ward_open_findings{severity="critical"} 2"#))
            #expect(lines.contains { $0.hasPrefix("ward_http_requests_total{") && $0.contains(#"route="/api/v1/projects/{key}""#) && $0.contains(#"status="404""#) })
            #expect(lines.contains { $0.hasPrefix("ward_http_request_duration_seconds_bucket{") })
        }
    }

    @Test func everyErrorHasTheSameBody() async throws {
        let harness = try await APIHarness.make(maxUploadBytes: 512)
        let admin = try await harness.user("ada", role: .admin)
        let auditor = try await harness.user("aud", role: .auditor)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.store.createTeam("core", actor: .system)
        try await harness.run { api in
            let cases: [(Int, APIResponse)] = [
                (401, try await api.get("/api/v1/findings", as: .none)),
                (401, try await api.get("/api/v1/findings", as: .raw("Basic YWRhOnNlY3JldA=="))),
                (401, try await api.get("/api/v1/findings", as: .bearer("ward_pat_forged"))),
                (400, try await api.get("/api/v1/findings/abc", as: .bearer(admin.token))),
                (400, try await api.send(.post, "/api/v1/teams", as: .bearer(admin.token), body: Data("{\"name\": ".utf8))),
                (400, try await api.send(.post, "/api/v1/teams", as: .bearer(admin.token), body: Data("{\"title\": \"x\"}".utf8))),
                (403, try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(auditor.token), body: Reports.ward([]))),
                (404, try await api.get("/api/v1/projects/nope", as: .bearer(admin.token))),
                (404, try await api.get("/api/v1/no-such-route", as: .bearer(admin.token))),
                (409, try await api.post("/api/v1/teams", as: .bearer(admin.token), json: ["name": "core"])),
                (413, try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: Reports.ward([.init(rule: "x")]))),
                (413, try await api.send(.post, "/api/v1/teams", as: .bearer(admin.token), body: Data(repeating: 32, count: 2 << 20))),
            ]
            for (status, response) in cases {
                #expect(response.status == status, "\(response.text)")
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(try !response.errorMessage().isEmpty)
            }
        }
    }
}
