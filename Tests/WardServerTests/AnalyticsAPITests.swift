import Foundation
import Testing
import WardCore
@testable import WardServer
import WardStore

/// `GET /api/v1/analytics`: JSON, CSV per table with formula-safe cells, and clear errors.
@Suite struct AnalyticsAPITests {
    static func finding(_ rule: String, severity: Severity) -> Finding {
        Finding(
            ruleId: rule, tool: "ward", kind: .secret, severity: severity, title: "\(rule) found", message: "\(rule) in app.env", cwe: [798],
            location: Location(path: "app.env", startLine: 1, startColumn: 1, endLine: 1, endColumn: 9, snippet: "x"),
            fingerprint: Fingerprint.make(ruleId: rule, path: "app.env", content: rule))
    }

    static func upload(_ findings: [Finding]) -> ScanUpload {
        ScanUpload(branch: "main", tools: ["ward"], kinds: [.secret], startedAt: Date(), finishedAt: Date(), format: "ward-json", findings: findings)
    }

    /// A team whose name is a spreadsheet formula; its project's critical finding is fixed after two days (SLA 7).
    static func harness() async throws -> (APIHarness, Caller) {
        let clock = TestClock()
        let harness = try await APIHarness.make(clock: clock)
        let actor = Actor(name: "test", role: .admin)
        _ = try await harness.store.createTeam("=2+3", actor: actor)
        let admin = try await harness.user("admin", role: .admin)
        _ = try await harness.store.ingest(upload([finding("c", severity: .critical)]), project: "calc", createProject: true, team: "=2+3", actor: actor)
        clock.advance(days: 2)
        _ = try await harness.store.ingest(upload([]), project: "calc", actor: actor)
        return (harness, admin)
    }

    @Test func csvTablesNeutraliseFormulasAndAgreeWithTheJSON() async throws {
        let (harness, admin) = try await Self.harness()
        try await harness.run { api in
            let teams = try await api.get("/api/v1/analytics?format=csv&table=teams", as: .bearer(admin.token))
            #expect(teams.status == 200)
            #expect(teams.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(teams.headers[.contentDisposition] == "attachment; filename=\"ward-analytics-teams.csv\"")
            #expect(teams.text == """
                team,fixed,mean_days_to_remediate,fixed_within_sla,sla_compliance_percent,reopened,recurrence_percent\r
                '=2+3,1,2.0,1,100.0,0,0.0\r

                """)
            let severity = try await api.get("/api/v1/analytics?format=csv&table=severity&days=7", as: .bearer(admin.token))
            #expect(severity.text.split(separator: "\r\n").prefix(3) == [
                "severity,fixed,mean_days_to_remediate,fixed_within_sla,sla_compliance_percent,reopened,recurrence_percent",
                "critical,1,2.0,1,100.0,0,0.0", "high,0,,0,,0,",
            ])
            let cwes = try await api.get("/api/v1/analytics?format=csv&table=cwes", as: .bearer(admin.token))
            #expect(cwes.text == "team,cwe,open\r\n")

            let json = try await api.get("/api/v1/analytics?project=calc", as: .bearer(admin.token)).object()
            #expect(json["days"] as? Int == 90)
            let bySeverity = try #require(json["bySeverity"] as? [[String: Any]])
            #expect(bySeverity.map { $0["name"] as? String } == ["critical", "high", "medium", "low", "info"])
            #expect(bySeverity[0]["fixed"] as? Int == 1 && bySeverity[0]["meanDaysToRemediate"] as? Double == 2 && bySeverity[0]["slaCompliance"] as? Double == 1)
            #expect(bySeverity[1]["meanDaysToRemediate"] == nil)
            let byTeam = try #require(json["byTeam"] as? [[String: Any]])
            #expect(byTeam.map { $0["name"] as? String } == ["=2+3"])
            #expect((json["weeks"] as? [[String: Any]])?.count == 12)
        }
    }

    @Test(arguments: [
        ("days=0", "days: '0' is not a number of days from 1 to 3650"),
        ("days=ninety", "days: 'ninety' is not a number of days from 1 to 3650"),
        ("format=xml", "format: 'xml' is not json or csv"),
        ("format=csv", "table: CSV holds one table; name one of severity, teams, cwes, density, weeks"),
        ("format=csv&table=users", "table: 'users' is not one of severity, teams, cwes, density, weeks"),
    ])
    func badParametersAreClear400s(_ query: String, _ message: String) async throws {
        let (harness, admin) = try await Self.harness()
        try await harness.run { api in
            let response = try await api.get("/api/v1/analytics?\(query)", as: .bearer(admin.token))
            #expect(response.status == 400)
            #expect(try response.errorMessage() == message)
        }
    }

    @Test func anUnknownProjectIs404() async throws {
        let (harness, admin) = try await Self.harness()
        try await harness.run { api in
            let response = try await api.get("/api/v1/analytics?project=nope", as: .bearer(admin.token))
            #expect(response.status == 404)
            #expect(try response.errorMessage() == "no project 'nope'")
        }
    }

    @Test(arguments: [
        ("plain", "plain"), ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("=a,b", "\"'=a,b\""), ("two\nlines", "\"two\nlines\""),
    ])
    func csvCells(_ value: String, _ expected: String) {
        #expect(CSVCell.escape(value) == expected)
    }
}
