import Foundation
import Testing
import WardCore

/// `ward admin`, `ward serve` and `ward scan --upload`, run as an operator and a pipeline would.
@Suite(.serialized) struct PlatformCommandTests {
    let password = "correct horse battery staple"

    func setUp(_ sandbox: Sandbox) throws -> (database: String, token: String) {
        let database = "sqlite://" + sandbox.file("data/ward.db")
        let user = try Ward.run(["admin", "create-user", "alice", "--role", "admin", "--team", "core", "--database", database], in: sandbox.path, input: password + "\n")
        #expect(user.status == 0, "\(user.stderr)")
        let token = try Ward.run(["admin", "create-token", "ci", "--user", "alice", "--create-projects", "--database", database], in: sandbox.path)
        #expect(token.status == 0, "\(token.stderr)")
        let lines = token.stdout.split(separator: "\n")
        #expect(lines.count == 1, "the token alone on standard output")
        return (database, String(lines.first ?? ""))
    }

    @Test func createTokenPrintsOnlyTheTokenAndRefusesUnknownUsers() throws {
        let sandbox = try Sandbox()
        let (database, token) = try setUp(sandbox)
        #expect(token.hasPrefix("ward_pat_") && token.count == 49)
        let unknown = try Ward.run(["admin", "create-token", "x", "--user", "nobody", "--database", database], in: sandbox.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no enabled user named 'nobody'"))
        let short = try Ward.run(["admin", "create-user", "bob", "--role", "developer", "--database", database], in: sandbox.path, input: "short\n")
        #expect(short.status == 2 && short.stderr.contains("at least 12 characters"))
        let badRole = try Ward.run(["admin", "create-user", "bob", "--role", "root", "--database", database], in: sandbox.path, input: password)
        #expect(badRole.status == 2)
        let badURL = try Ward.run(["serve", "--database", "mysql://x/y"], in: sandbox.path)
        #expect(badURL.status == 2 && badURL.stderr.contains("neither sqlite"))
        try sandbox.write("notes.md", "# not a directory\n")
        let badKnowledge = try Ward.run(["serve", "--knowledge", "notes.md", "--database", database], in: sandbox.path)
        #expect(badKnowledge.status == 2 && badKnowledge.stderr.contains("--knowledge notes.md is a file, not a directory of Markdown articles"))
    }

    @Test func scanUploadPrintsTheLinkAndTheFindingsAreOnTheServer() throws {
        let sandbox = try Sandbox()
        let (database, token) = try setUp(sandbox)
        let secret = "ghp_" + Secrets.token(36)
        try sandbox.write("app/settings.py", "GITHUB_TOKEN = \"\(secret)\"\n")
        let server = try ServerProcess(database: database, in: sandbox.path)
        defer { server.stop() }
        let scan = try Ward.run(
            ["scan", "app", "--upload", server.baseURL, "--project", "payments", "--branch", "main", "-f", "json", "-o", "report.json"],
            in: sandbox.path, environment: ["WARD_TOKEN": token])
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == server.baseURL + "/scans/1")
        let findings = try HTTP.request("GET", server.baseURL + "/api/v1/projects/payments/findings?state=open", token: token)
        #expect(findings.status == 200)
        let items = (findings.json as? [String: Any])?["items"] as? [[String: Any]]
        #expect(items?.count == 1)
        #expect(items?.first?["ruleId"] as? String == "github-personal-access-token")
        #expect(!String(decoding: findings.body, as: UTF8.self).contains(secret.dropFirst(4).prefix(12)), "the token is stored and served redacted")

        let noToken = try Ward.run(["scan", "app", "--upload", server.baseURL, "--project", "payments"], in: sandbox.path, environment: ["WARD_TOKEN": ""])
        #expect(noToken.status == 2 && noToken.stderr.contains("WARD_TOKEN"))
        let badToken = try Ward.run(
            ["scan", "app", "--upload", server.baseURL, "--project", "payments"], in: sandbox.path, environment: ["WARD_TOKEN": "ward_pat_nope"])
        #expect(badToken.status == 2 && badToken.stderr.contains("401"))
    }

    @Test func adminTokensCreateProjectsOnFirstUploadDeveloperTokensNeedTheFlag() throws {
        let sandbox = try Sandbox()
        let (database, _) = try setUp(sandbox)
        let plain = try Ward.run(["admin", "create-token", "plain", "--user", "alice", "--database", database], in: sandbox.path).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try Ward.run(["admin", "create-user", "dev", "--role", "developer", "--team", "core", "--database", database], in: sandbox.path, input: password)
        let developer = try Ward.run(["admin", "create-token", "dev", "--user", "dev", "--database", database], in: sandbox.path).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try sandbox.write("app/a.txt", "nothing here\n")
        let server = try ServerProcess(database: database, in: sandbox.path)
        defer { server.stop() }
        let refused = try Ward.run(["scan", "app", "--upload", server.baseURL, "--project", "new-one"], in: sandbox.path, environment: ["WARD_TOKEN": developer])
        #expect(refused.status == 2 && refused.stderr.contains("404"))
        let created = try Ward.run(["scan", "app", "--upload", server.baseURL, "--project", "new-one"], in: sandbox.path, environment: ["WARD_TOKEN": plain])
        #expect(created.status == 0, "\(created.stderr)")
        let again = try Ward.run(["scan", "app", "--upload", server.baseURL, "--project", "new-one"], in: sandbox.path, environment: ["WARD_TOKEN": developer])
        #expect(again.status == 0, "a developer of the owning team uploads to it: \(again.stderr)")
        let project = try Ward.run(["admin", "create-project", "ledger", "--team", "core", "--exposure", "internet", "--database", database], in: sandbox.path)
        #expect(project.status == 0, "\(project.stderr)")
    }

    @Test func killingTheServerMidImportLosesNothingCommittedAndLeavesNoHalfScan() throws {
        let sandbox = try Sandbox()
        let (database, token) = try setUp(sandbox)
        var server = try ServerProcess(database: database, in: sandbox.path)
        let small = try report(findings: 3, salt: "first")
        #expect(try HTTP.request("POST", server.baseURL + "/api/v1/projects/p/scans", token: token, body: small).status == 201)

        let big = try report(findings: 60_000, salt: "second")
        let sent = DispatchSemaphore(value: 0)
        let url = server.baseURL + "/api/v1/projects/p/scans"
        DispatchQueue.global().async {
            _ = try? HTTP.request("POST", url, token: token, body: big, timeout: 120)
            sent.signal()
        }
        Thread.sleep(forTimeInterval: 1.5)
        server.kill()
        _ = sent.wait(timeout: .now() + 30)

        server = try ServerProcess(database: database, in: sandbox.path)
        defer { server.stop() }
        let scans = try HTTP.request("GET", server.baseURL + "/api/v1/projects/p/scans", token: token)
        let items = try #require((scans.json as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 1 || items.count == 2)
        let expected = items.count == 1 ? 3 : 60_003
        if items.count == 2 { #expect(items.first?["totalCount"] as? Int == 60_000) }
        let count = try HTTP.request("GET", server.baseURL + "/api/v1/dashboard?project=p", token: token)
        let open = (count.json as? [String: Any])?["openBySeverity"] as? [String: Int]
        #expect(open?.values.reduce(0, +) == expected)
    }

    /// A Ward JSON report with `findings` distinct findings.
    func report(findings count: Int, salt: String) throws -> Data {
        let findings = (0..<count).map { index in
            Finding(
                ruleId: "generic-api-key", kind: .secret, severity: .medium, title: "Generic API key", message: "key \(index)",
                cwe: [798], location: Location(path: "src/f\(index % 500).py", startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 20),
                fingerprint: Fingerprint.make(ruleId: "generic-api-key", path: salt, content: String(index)))
        }
        let report = ScanReport(
            target: ScanTarget(mode: .directory, root: "."), startedAt: Date(), finishedAt: Date(),
            statistics: ScanStatistics(filesScanned: 1, bytesScanned: 1, durationSeconds: 0.1),
            rules: [], findings: findings, warnings: [])
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(report)
    }
}
