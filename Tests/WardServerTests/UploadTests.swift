import Foundation
import Testing
@testable import WardServer
import WardStore

@Suite struct UploadTests {
    static let uploadKeys: Set<String> = ["scan", "url", "new", "reopened", "fixed", "gate"]

    @Test func wardJSONBecomesOneScanWithItsFindings() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        let report = Reports.ward([.init(rule: "aws-access-key-id", severity: "critical"), .init(rule: "generic-password", line: 9)])
        try await harness.run { api in
            let upload = try await api.send(.post, "/api/v1/projects/alpha/scans?branch=release&commit=abc123", as: .bearer(admin.token), body: report)
            #expect(upload.status == 201, "\(upload.text)")
            let body = try upload.object()
            #expect(Set(body.keys) == Self.uploadKeys)
            let scan = try #require(body["scan"] as? [String: Any])
            let scanID = try #require(scan["id"] as? Int)
            #expect(upload.headers[.location] == "/api/v1/scans/\(scanID)")
            #expect(scan["format"] as? String == "ward")
            #expect(scan["branch"] as? String == "release")
            #expect(scan["commit"] as? String == "abc123")
            #expect(scan["tools"] as? [String] == ["ward"])
            #expect(scan["startedAt"] as? String == "2026-05-01T12:00:00Z")
            #expect(body["new"] as? Int == 2)
            #expect(body["url"] as? String == "http://127.0.0.1:8080/scans/\(scanID)")
            let gate = try #require(body["gate"] as? [String: Any])
            #expect(gate["pass"] as? Bool == false)

            let open = try await api.get("/api/v1/projects/alpha/findings?state=open", as: .bearer(admin.token)).items()
            #expect(open.compactMap { $0["ruleId"] as? String } == ["aws-access-key-id", "generic-password"])
            #expect(open.allSatisfy { $0["branch"] as? String == "release" && $0["dueAt"] is String && $0["kind"] as? String == "secret" })
        }
    }

    @Test func sarifIsReadWithItsOwnMediaType() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            let upload = try await api.send(
                .post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: Reports.sarif, contentType: "application/sarif+json")
            #expect(upload.status == 201, "\(upload.text)")
            let scan = try #require(try upload.object()["scan"] as? [String: Any])
            #expect(scan["format"] as? String == "sarif")
            #expect(scan["tools"] as? [String] == ["semgrep"])
            #expect(scan["kinds"] as? [String] == ["code"])

            let findings = try await api.get("/api/v1/findings?tool=semgrep&sort=id&order=asc", as: .bearer(admin.token)).items()
            #expect(findings.map { $0["ruleId"] as? String } == ["python.lang.security.audit.eval-detected", "python.flask.security.debug-enabled"])
            #expect(findings.map { $0["cwe"] as? [Int] } == [[95], [489]])
            #expect(findings.map { $0["severity"] as? String } == ["high", "medium"])
            let location = try #require(findings.first?["location"] as? [String: Any])
            #expect(location["path"] as? String == "app/views.py")
            #expect(location["startLine"] as? Int == 12)

            let named = try await api.send(.post, "/api/v1/projects/alpha/scans?format=sarif", as: .bearer(admin.token), body: Reports.sarif)
            #expect(named.status == 201)
            #expect(try named.object()["new"] as? Int == 0)
        }
    }

    @Test func aReportOverTheLimitIs413() async throws {
        let harness = try await APIHarness.make(maxUploadBytes: 1024)
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        let report = Reports.ward((1...10).map { .init(rule: "rule-\($0)", line: $0) })
        #expect(report.count > 1024)
        try await harness.run { api in
            let response = try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: report)
            #expect(response.status == 413)
            #expect(try response.errorMessage().contains("larger than the server accepts"))
            let scans = try await api.get("/api/v1/scans", as: .bearer(admin.token)).items()
            #expect(scans.isEmpty)
        }
    }

    @Test(arguments: [
        ("truncated", "upload to alpha: not a valid ward report"),
        ("garbage", "the format is not one Ward reads"),
        ("empty", "no report in its body"),
        ("unknown-format", "format: 'checkmarx' is not one of auto"),
        ("bad-kinds", "kinds: 'malware' is not one of"),
    ])
    func aBrokenUploadIs400NamingTheProblem(_ name: String, _ message: String) async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        let report = Reports.ward([.init(rule: "generic-password")])
        let (query, body): (String, Data) = switch name {
        case "truncated": ("", report.prefix(report.count * 4 / 5))
        case "garbage": ("", Data("PK\u{3}\u{4} this is a zip, not a report".utf8))
        case "empty": ("", Data())
        case "unknown-format": ("?format=checkmarx", report)
        default: ("?kinds=malware", report)
        }
        try await harness.run { api in
            let response = try await api.send(.post, "/api/v1/projects/alpha/scans" + query, as: .bearer(admin.token), body: body)
            #expect(response.status == 400)
            let text = try response.errorMessage()
            #expect(text.contains(message), "\(text)")
            #expect(try await api.get("/api/v1/findings", as: .bearer(admin.token)).items().isEmpty, "a failed upload stores nothing")
        }
    }

    @Test func aFindingMissingFromTheNextScanIsFixedAndReopenedWhenItReturns() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        let kept = Reports.Item(rule: "aws-access-key-id"), flaky = Reports.Item(rule: "generic-password", path: "app/db.py")
        try await harness.run { api in
            let upload = { (items: [Reports.Item]) async throws -> [String: Any] in
                let response = try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: Reports.ward(items))
                #expect(response.status == 201, "\(response.text)")
                return try response.object()
            }
            let first = try await upload([kept, flaky])
            #expect(first["new"] as? Int == 2)
            let findings = try await api.get("/api/v1/findings?rule=generic-password", as: .bearer(admin.token)).items()
            let id = try #require(findings.first?["id"] as? Int)

            let second = try await upload([kept])
            #expect(second["fixed"] as? Int == 1)
            let secondScan = try #require((second["scan"] as? [String: Any])?["id"] as? Int)
            let fixed = try #require(try await api.get("/api/v1/findings/\(id)", as: .bearer(admin.token)).object()["finding"] as? [String: Any])
            #expect(fixed["state"] as? String == "fixed")
            #expect(fixed["fixedScan"] as? Int == secondScan)
            #expect(fixed["fixedAt"] is String)
            let detail = try await api.get("/api/v1/scans/\(secondScan)", as: .bearer(admin.token)).object()
            #expect(detail["fixed"] as? [Int] == [id])

            let third = try await upload([kept, flaky])
            #expect(third["reopened"] as? Int == 1)
            #expect(third["new"] as? Int == 0)
            let events = try await api.get("/api/v1/findings/\(id)/events", as: .bearer(admin.token)).items()
            #expect(events.map { $0["to"] as? String } == ["open", "fixed", "reopened"])
            #expect(events.map { $0["scan"] as? Int } == [1, secondScan, secondScan + 1])
        }
    }

    @Test func theGateAnswersPassOrFailWithReasons() async throws {
        let clock = TestClock()
        let harness = try await APIHarness.make(clock: clock)
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.store.createProject(key: "beta", actor: .system)
        try await harness.run { api in
            let low = Reports.ward([.init(rule: "internal-hostname", severity: "low")])
            #expect(try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: low).status == 201)
            let passing = try await api.get("/api/v1/projects/alpha/gate", as: .bearer(admin.token)).object()
            #expect(passing["pass"] as? Bool == true)
            #expect(passing["reasons"] as? [String] == [])
            #expect(passing["project"] as? String == "alpha")
            #expect(passing["scan"] as? Int == 1)

            let critical = Reports.ward([.init(rule: "internal-hostname", severity: "low"), .init(rule: "aws-access-key-id", severity: "critical")])
            let upload = try await api.send(.post, "/api/v1/projects/alpha/scans", as: .bearer(admin.token), body: critical)
            #expect(try upload.object()["gate"] as? [String: Any] != nil)
            let failing = try await api.get("/api/v1/projects/alpha/gate?scan=2", as: .bearer(admin.token)).object()
            #expect(failing["pass"] as? Bool == false)
            #expect(failing["reasons"] as? [String] == ["1 new critical finding (the gate fails on new high or worse)"])
            let earlier = try await api.get("/api/v1/projects/alpha/gate?scan=1", as: .bearer(admin.token)).object()
            #expect(earlier["pass"] as? Bool == true)

            clock.advance(days: 8)
            let overdue = try await api.get("/api/v1/projects/alpha/gate?scan=1", as: .bearer(admin.token)).object()
            #expect(overdue["reasons"] as? [String] == ["1 critical finding is past the SLA"])
            let late = try await api.get("/api/v1/findings?overdue=true", as: .bearer(admin.token)).items()
            #expect(late.map { $0["ruleId"] as? String } == ["aws-access-key-id"])
            let due = try #require(late.first?["dueAt"] as? String)
            #expect(try Date(due, strategy: .iso8601) < clock.now)

            let elsewhere = try await api.get("/api/v1/projects/beta/gate?scan=1", as: .bearer(admin.token))
            #expect(elsewhere.status == 404)
            let badThreshold = try await api.get("/api/v1/projects/alpha/gate?fail-on=severe", as: .bearer(admin.token))
            #expect(try badThreshold.errorMessage().hasPrefix("fail-on: 'severe'"))
        }
    }
}
