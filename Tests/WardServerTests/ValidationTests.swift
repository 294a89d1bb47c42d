import Foundation
import Testing
@testable import WardServer
import WardStore

@Suite struct ValidationTests {
    @Test func aProfileWhoseSLACannotBeADueDateIsRefused() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            for days in [0, -3, 3651, 200_000_000] {
                let profile: [String: Any] = [
                    "exposure": "internet", "dataClassification": "financial", "platform": "web", "criticality": "high", "regulations": [],
                    "sla": ["critical": days, "high": 30, "medium": 90, "low": 180],
                ]
                let response = try await api.send(.put, "/api/v1/projects/alpha/profile", as: .bearer(admin.token),
                                                  body: try JSONSerialization.data(withJSONObject: profile))
                #expect(response.status == 400)
                #expect(try response.errorMessage() == "sla.critical: \(days) is not a number of days from 1 to 3650")
                let created = try await api.post("/api/v1/projects", as: .bearer(admin.token), json: ["key": "p\(abs(days))", "profile": profile])
                #expect(created.status == 400)
            }
        }
    }

    @Test func aReportWithANULInItsFindingsIsRefusedAndTheServerLivesOn() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        let item = Reports.Item(rule: "generic-password")
        let report = String(decoding: Reports.ward([item]), as: UTF8.self)
            .replacingOccurrences(of: "\"\(item.fingerprint)\"", with: #""fp\u0000cut""#)
        try await harness.run { api in
            let response = try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: Data(report.utf8))
            #expect(response.status == 400)
            #expect(try response.errorMessage() == "upload to alpha: finding 1's fingerprint contains a NUL character, which cannot be stored")
            let branch = try await api.send(.post, "/api/v1/projects/alpha/scans?branch=main%00x", as: .bearer(admin.token), body: Reports.ward([item]))
            #expect(try branch.errorMessage() == "upload to alpha: a query parameter contains a NUL character, which cannot be stored")
            #expect(try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: Reports.ward([item])).status == 201)
        }
    }

    @Test func aUserNamingATeamTwiceJoinsItOnce() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.run { api in
            let body: [String: Any] = ["name": "bo", "password": "correct horse battery", "role": "developer", "teams": ["a", "a", "b"]]
            let created = try await api.post("/api/v1/users", as: .bearer(admin.token), json: body)
            #expect(created.status == 201, "\(created.text)")
            #expect((try created.object()["teams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["a", "b"])
            let blank = try await api.post("/api/v1/users", as: .bearer(admin.token), json: ["name": "cy", "password": "correct horse battery", "role": "auditor", "teams": [""]])
            #expect(blank.status == 400)
            #expect(try blank.errorMessage().hasPrefix("teams: '' is not a team name"))
        }
    }
}
