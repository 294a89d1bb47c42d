import Foundation
import Testing
@testable import WardServer
import WardStore

@Suite struct FindingAPITests {
    /// An empty project `alpha` and an admin.
    static func world() async throws -> (APIHarness, Caller) {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        return (harness, admin)
    }

    static func upload(_ api: APIClient, _ caller: Caller, _ body: Data, project: String = "alpha") async throws {
        let response = try await api.send(.post, "/api/v1/projects/\(project)/scans", as: .bearer(caller.token), body: body)
        #expect(response.status == 201, "\(response.text)")
    }

    @Test func aTransitionIsAnEventWithTheDocumentedShape() async throws {
        let (harness, admin) = try await Self.world()
        try await harness.run { api in
            try await Self.upload(api, admin, Reports.ward([.init(rule: "generic-password")]))
            let id = try #require(try await api.get("/api/v1/findings", as: .bearer(admin.token)).items().first?["id"] as? Int)

            let moved = try await api.post(
                "/api/v1/findings/\(id)/transition", as: .bearer(admin.token), json: ["state": "false_positive", "reason": "test fixture, not a key"])
            #expect(moved.status == 200, "\(moved.text)")
            let finding = try moved.object()
            #expect(finding["state"] as? String == "false_positive")
            #expect(finding["stateReason"] as? String == "test fixture, not a key")
            #expect(finding["id"] as? Int == id)

            let events = try await api.get("/api/v1/findings/\(id)/events", as: .bearer(admin.token))
            #expect(Set(try events.object().keys) == ["items", "next"])
            #expect(try events.object()["next"] is NSNull, "one page holds a finding's whole history: next is null")
            let items = try events.items()
            #expect(items.count == 2)
            let created = items[0], triaged = items[1]
            #expect(Set(created.keys) == ["id", "at", "actor", "action", "project", "finding", "scan", "to"])
            #expect(created["action"] as? String == "finding.create")
            #expect(created["to"] as? String == "open")
            #expect(created["scan"] as? Int == 1)
            #expect(Set(triaged.keys) == ["id", "at", "actor", "action", "project", "finding", "from", "to", "reason"])
            #expect(triaged["actor"] as? String == "ada (token ada-token)")
            #expect(triaged["from"] as? String == "open")
            #expect(triaged["to"] as? String == "false_positive")
            #expect(triaged["reason"] as? String == "test fixture, not a key")
            #expect(triaged["finding"] as? Int == id)
            let at = try #require(triaged["at"] as? String)
            #expect(try Date(at, strategy: .iso8601) <= Date().addingTimeInterval(1))

            let again = try await api.post("/api/v1/findings/\(id)/transition", as: .bearer(admin.token), json: ["state": "reopened", "reason": "x"])
            #expect(again.status == 400)
            #expect(try again.errorMessage().contains("'reopened' is set by scans"))
            let noReason = try await api.post("/api/v1/findings/\(id)/transition", as: .bearer(admin.token), json: ["state": "confirmed", "reason": " "])
            #expect(try noReason.errorMessage() == "a reason is required")
            let noExpiry = try await api.post("/api/v1/findings/\(id)/transition", as: .bearer(admin.token), json: ["state": "accepted_risk", "reason": "ok"])
            #expect(try noExpiry.errorMessage().contains("acceptedUntil"))
        }
    }

    @Test(arguments: ["severity", "due", "first_seen", "last_seen", "id"], ["asc", "desc"])
    func cursorsVisitEveryFindingExactlyOnce(sort: String, order: String) async throws {
        let (harness, admin) = try await Self.world()
        let severities = ["critical", "high", "medium", "low", "info"]
        let items = (1...23).map { Reports.Item(rule: "rule-\($0 % 4)", severity: severities[$0 % 5], path: "src/f\($0).py", line: $0) }
        try await harness.run { api in
            try await Self.upload(api, admin, Reports.ward(items))
            var seen: [Int] = []
            var cursor: String?
            var pages = 0
            repeat {
                let query = "sort=\(sort)&order=\(order)&limit=5" + (cursor.map { "&cursor=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? "")
                let page = try await api.get("/api/v1/projects/alpha/findings?" + query, as: .bearer(admin.token)).object()
                seen += try #require(page["items"] as? [[String: Any]]).compactMap { $0["id"] as? Int }
                cursor = page["next"] as? String
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 5)
            #expect(seen.count == 23)
            #expect(Set(seen).count == 23)
        }
    }

    @Test func filtersNarrowTheList() async throws {
        let (harness, admin) = try await Self.world()
        try await harness.run { api in
            try await Self.upload(api, admin, Reports.ward([
                .init(rule: "aws-access-key-id", severity: "critical", path: "deploy/aws.env"),
                .init(rule: "generic-password", severity: "medium", path: "app/settings.py"),
            ]))
            try await Self.upload(api, admin, Reports.sarif)
            let rules = { (query: String) async throws -> [String] in
                let response = try await api.get("/api/v1/findings?sort=id&order=asc&" + query, as: .bearer(admin.token))
                #expect(response.status == 200, "\(query): \(response.text)")
                return try response.items().compactMap { $0["ruleId"] as? String }
            }
            let eval = "python.lang.security.audit.eval-detected", debug = "python.flask.security.debug-enabled"
            #expect(try await rules("project=alpha") == ["aws-access-key-id", "generic-password", eval, debug])
            #expect(try await rules("state=open,confirmed") == ["aws-access-key-id", "generic-password", eval, debug])
            #expect(try await rules("state=fixed").isEmpty)
            #expect(try await rules("severity=critical&severity=high") == ["aws-access-key-id", eval])
            #expect(try await rules("kind=code") == [eval, debug])
            #expect(try await rules("tool=ward") == ["aws-access-key-id", "generic-password"])
            #expect(try await rules("rule=\(debug)") == [debug])
            #expect(try await rules("cwe=95") == [eval])
            #expect(try await rules("cwe=CWE-798") == ["aws-access-key-id", "generic-password"])
            #expect(try await rules("path=app/") == ["generic-password", eval, debug])
            #expect(try await rules("q=EVAL") == [eval])
            #expect(try await rules("overdue=false").count == 4)
            #expect(try await rules("overdue=true").isEmpty)
            #expect(try await rules("kind=secret&severity=medium") == ["generic-password"])
            #expect(try await rules("sort=severity&order=desc").isEmpty == false)

            for (query, message) in [
                ("state=closed", "state: 'closed' is not one of open, confirmed"), ("severity=urgent", "severity: 'urgent'"),
                ("kind=malware", "kind: 'malware'"), ("cwe=abc", "cwe: 'abc'"), ("overdue=maybe", "overdue: 'maybe'"),
                ("sort=name", "sort: 'name'"), ("order=up", "order: 'up'"), ("limit=0", "limit: a number from 1 to 500"),
                ("cursor=bm90LWEtY3Vyc29y", "the cursor is not one this server made"),
            ] {
                let response = try await api.get("/api/v1/findings?" + query, as: .bearer(admin.token))
                #expect(response.status == 400, "\(query)")
                #expect(try response.errorMessage().contains(message), "\(query): \(response.text)")
            }
            #expect(try await api.get("/api/v1/findings?project=nope", as: .bearer(admin.token)).status == 404)
        }
    }
}
