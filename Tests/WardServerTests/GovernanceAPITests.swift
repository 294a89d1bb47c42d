import Foundation
import Testing
import WardGovern
@testable import WardServer
import WardStore

/// Profiles and baselines, the baseline gate, requirements, threat models, attestations and maturity through the API.
@Suite struct GovernanceAPITests {
    static let mobileBanking = #"{"exposure": "internet", "dataClassification": "financial", "platform": "mobile", "criticality": "critical", "regulations": [], "personalData": true, "baseline": "auto"}"#

    @Test func theProfileChoosesTheBaselineTheGateJudgesBy() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            let put = try await api.send(.put, "/api/v1/projects/alpha/profile", as: .bearer(admin.token), body: Data(Self.mobileBanking.utf8)).object()
            #expect(put["riskTier"] as? Int == 1 && put["baselineChoice"] as? String == "auto")
            let baseline = try #require(put["baseline"] as? [String: Any])
            #expect(baseline["reference"] as? String == "mobile-banking@1")
            #expect(baseline["requiredScans"] as? [String] == ["secret", "code", "dependency", "configuration"])
            let project = try await api.get("/api/v1/projects/alpha", as: .bearer(admin.token)).object()
            #expect((project["profile"] as? [String: Any])?["personalData"] as? Bool == true)
            #expect((project["baseline"] as? [String: Any])?["title"] as? String == "Internet-facing mobile banking app")

            let bad = try await api.send(.put, "/api/v1/projects/alpha/profile", as: .bearer(admin.token),
                                         body: Data(Self.mobileBanking.replacingOccurrences(of: "\"auto\"", with: "\"gold\"").utf8))
            #expect(bad.status == 400)
            #expect(try bad.errorMessage() == "baseline: 'gold' is not in the catalog; choose auto or one of: batch-job, internal-service, mobile-banking, public-api")

            let upload = try await api.send(.post, "/api/v1/projects/alpha/scans?kinds=secret,code,dependency,configuration", as: .bearer(admin.token),
                                            body: Reports.ward([.init(rule: "aws-access-key-id", severity: "critical")]))
            let uploadGate = try #require(try upload.object()["gate"] as? [String: Any])
            #expect(uploadGate["pass"] as? Bool == false)
            let gate = try await api.get("/api/v1/projects/alpha/gate?release=true", as: .bearer(admin.token)).object()
            let name = "the baseline 'mobile-banking@1'"
            #expect(gate["baseline"] as? String == "mobile-banking@1" && gate["riskTier"] as? Int == 1 && gate["project"] as? String == "alpha")
            #expect(gate["reasons"] as? [String] == [
                "1 new critical finding in app/settings.py: fix or triage it; \(name) fails on new high or worse",
                "mobile-security-assessment was not done in this release pipeline: \(name) requires it for each release",
                "threat-model-review has never been recorded: \(name) requires it every 180 days",
                "penetration-test has never been recorded: \(name) requires it every 366 days",
            ])
            let bad2 = try await api.get("/api/v1/projects/alpha/gate?release=maybe", as: .bearer(admin.token))
            #expect(try bad2.errorMessage() == "release: 'maybe' is not true or false")
            let maturity = try await api.get("/api/v1/projects/alpha/maturity", as: .bearer(admin.token)).object()
            let evidence = try #require(maturity["evidence"] as? [String: Any])
            #expect(evidence["gateCallsLast90Days"] as? Int == 2 && evidence["gateFailuresLast90Days"] as? Int == 2)
        }
    }

    @Test func requirementsFollowTheScansAndPeoplesRecords() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        let auditor = try await harness.user("audrey", role: .auditor)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            func secrets01() async throws -> [String: Any] {
                let items = try await api.get("/api/v1/projects/alpha/requirements", as: .bearer(admin.token)).items()
                return try #require(items.first { $0["id"] as? String == "WARD-SECRETS-01" })
            }
            _ = try await api.send(.post, "/api/v1/projects/alpha/scans?kinds=secret", as: .bearer(admin.token), body: Reports.ward([]))
            #expect(try await secrets01()["status"] as? String == "verified")
            _ = try await api.send(.post, "/api/v1/projects/alpha/scans?kinds=secret", as: .bearer(admin.token), body: Reports.ward([.init(rule: "aws")]))
            let fallen = try await secrets01()
            #expect(fallen["status"] as? String == "not-started")
            #expect(fallen["reason"] as? String == "not-started: open high finding aws in app/settings.py contradicts it (CWE-798 or CWE-259 or CWE-321 or secret)")

            let path = "/api/v1/projects/alpha/requirements/WARD-SECRETS-02"
            let missing = try await api.send(.put, path, as: .bearer(admin.token), body: Data(#"{"status": "not_applicable"}"#.utf8))
            #expect(try missing.errorMessage() == "justification: marking WARD-SECRETS-02 not-applicable needs a justification")
            let unknown = try await api.send(.put, path, as: .bearer(admin.token), body: Data(#"{"status": "done"}"#.utf8))
            #expect(try unknown.errorMessage() == "status: 'done' is not one of not-started, implemented, verified, not-applicable")
            let refused = try await api.send(.put, path, as: .bearer(auditor.token), body: Data(#"{"status": "implemented"}"#.utf8))
            #expect(refused.status == 403)
            let set = try await api.send(.put, path, as: .bearer(admin.token), body: Data(#"{"status": "not_applicable", "justification": "no server side"}"#.utf8)).object()
            #expect(set["status"] as? String == "not-applicable" && (set["record"] as? [String: Any])?["by"] as? String == "ada (token ada-token)")

            let csv = try await api.get("/api/v1/projects/alpha/requirements.csv", as: .bearer(auditor.token))
            let text = String(decoding: csv.body, as: UTF8.self)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(text.hasPrefix("id,area,title,verification,asvs,masvs,cwe,applies to,status,reason\r\n"))
            #expect(text.contains("WARD-SECRETS-02,SECRETS,Secrets are read from a secrets manager at run time,review,V13.3.1 V13.3.2,,CWE-522,api/web,not-applicable,\"not-applicable (ada (token ada-token), "))
            let markdown = String(decoding: try await api.get("/api/v1/projects/alpha/requirements.md", as: .bearer(auditor.token)).body, as: UTF8.self)
            #expect(markdown.hasPrefix("# Security requirements of alpha\n\n"))
        }
    }

    @Test func aThreatModelIsStoredAnalysedAndImported() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        let auditor = try await harness.user("audrey", role: .auditor)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            let none = try await api.get("/api/v1/projects/alpha/threat-model", as: .bearer(admin.token))
            #expect(none.status == 404)
            #expect(try none.errorMessage() == "project 'alpha' has no threat model; upload one with PUT")
            let broken = try await api.send(.put, "/api/v1/projects/alpha/threat-model", as: .bearer(admin.token), body: Data("title: [".utf8), contentType: "application/yaml")
            #expect(broken.status == 400)
            #expect(try broken.errorMessage().hasPrefix("threatmodel.yml"))
            let refused = try await api.send(.put, "/api/v1/projects/alpha/threat-model", as: .bearer(auditor.token), body: Data(Reports.threatModel.utf8))
            #expect(refused.status == 403)
            let stored = try await api.send(.put, "/api/v1/projects/alpha/threat-model", as: .bearer(admin.token), body: Data(Reports.threatModel.utf8)).object()
            let expected = ThreatAnalyzer.analyze(try ThreatModelParser.parse(Reports.threatModel))
            let threats = try #require(stored["threats"] as? [[String: Any]])
            #expect(threats.compactMap { $0["ruleId"] as? String } == expected.map(\.ruleId) && !expected.isEmpty)
            #expect(stored["title"] as? String == "Shop" && stored["uploadedBy"] as? String == "ada (token ada-token)" && stored["reviewedAt"] as? String == "2026-09-01T00:00:00Z")
            #expect((stored["dot"] as? String)?.hasPrefix("digraph") == true)
            let design = try await api.get("/api/v1/projects/alpha/findings?kind=design", as: .bearer(admin.token)).items()
            #expect(design.count == expected.count && design.allSatisfy { $0["tool"] as? String == "ward-threat" })
            let again = try await api.get("/api/v1/projects/alpha/threat-model", as: .bearer(auditor.token)).object()
            #expect(again["yaml"] as? String == Reports.threatModel && again["scan"] as? Int == stored["scan"] as? Int)
        }
    }

    @Test func attestationsCountTowardMaturity() async throws {
        let harness = try await APIHarness.make()
        let admin = try await harness.user("ada", role: .admin)
        try await harness.store.createProject(key: "alpha", actor: .system)
        try await harness.run { api in
            let until = Date().addingTimeInterval(90 * 86_400).formatted(.iso8601)
            let bad = try await api.post("/api/v1/projects/alpha/attestations", as: .bearer(admin.token),
                                         json: ["activity": "organisation-security-owner", "evidenceLink": "file:///etc/passwd", "expiresAt": until])
            #expect(bad.status == 400)
            let made = try await api.post("/api/v1/projects/alpha/attestations", as: .bearer(admin.token),
                                          json: ["activity": "organisation-security-owner", "evidenceLink": "https://wiki.example/alpha", "expiresAt": until])
            #expect(made.status == 201)
            #expect(try made.object()["attestedBy"] as? String == "ada (token ada-token)")
            let maturity = try await api.get("/api/v1/projects/alpha/maturity", as: .bearer(admin.token)).object()
            let dimensions = try #require(maturity["dimensions"] as? [[String: Any]])
            #expect(dimensions.compactMap { $0["dimension"] as? String } == MaturityDimension.allCases.map(\.rawValue))
            let organisation = try #require(dimensions.first { $0["dimension"] as? String == "organisation" })
            #expect(organisation["level"] as? Int == 1)
            let next = try #require(organisation["nextSteps"] as? [[String: Any]])
            #expect(next.compactMap { $0["activity"] as? String } == ["organisation-training"])
            #expect((maturity["attestations"] as? [[String: Any]])?.count == 1 && (maturity["trend"] as? [[String: Any]])?.count == 1)
        }
    }
}
