import Foundation
import Testing

/// `ward import`, `ward tools` and `ward scan --with`: other tools' results merged into one report.
@Suite struct OrchestrationTests {
    struct Report: Decodable {
        struct Finding: Decodable {
            struct Location: Decodable { var path: String; var startLine: Int }
            struct Source: Decodable { var tool: String; var ruleId: String }
            var ruleId: String
            var tool: String
            var kind: String
            var severity: String
            var cwe: [Int]
            var location: Location?
            var sources: [Source]?
        }
        var findings: [Finding]
        var warnings: [ScanWarning]?
        struct ScanWarning: Decodable { var message: String }
    }

    static func parse(_ run: WardRun) throws -> Report {
        do { return try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8)) } catch {
            throw ShellError(message: "not a JSON report (status \(run.status)): \(run.stdout.prefix(400)) / \(run.stderr.prefix(600))")
        }
    }

    static let sarif = """
        {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [
          {"tool": {"driver": {"name": "Semgrep OSS", "semanticVersion": "1.90.0", "rules": [
             {"id": "python.sql-concat", "shortDescription": {"text": "SQL built by concatenation"}, "properties": {"tags": ["CWE-89: SQL Injection"]}}]}},
           "results": [{"ruleId": "python.sql-concat", "level": "error", "message": {"text": "SQL built from request input"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "backend/app.py"}, "region": {"startLine": 20, "endLine": 20}}}]}]},
          {"tool": {"driver": {"name": "CodeQL", "semanticVersion": "2.19.0", "rules": [
             {"id": "py/sql-injection", "shortDescription": {"text": "SQL query built from user-controlled sources"}, "properties": {"tags": ["security", "external/cwe/cwe-089"], "security-severity": "8.8"}}]}},
           "results": [{"ruleId": "py/sql-injection", "message": {"text": "This SQL query depends on a user-provided value."},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "backend/app.py"}, "region": {"startLine": 19, "endLine": 21}}}]},
             {"ruleId": "py/sql-injection", "message": {"text": "elsewhere"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": "backend/reports.py"}, "region": {"startLine": 7}}}]}]}
        ]}
        """

    @Test func importMergesTwoToolsReportsOfTheSameProblem() throws {
        let box = try Sandbox()
        try box.write("semgrep-and-codeql.sarif", Self.sarif)
        let run = try Ward.run(["import", "semgrep-and-codeql.sarif", "--format", "json"], in: box.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("semgrep-and-codeql.sarif: 3 finding(s) read as sarif"))
        let report = try Self.parse(run)
        #expect(report.findings.count == 2)
        let merged = try #require(report.findings.first { $0.location?.path == "backend/app.py" })
        #expect(merged.sources?.map(\.tool) == ["semgrep", "codeql"])
        #expect(merged.sources?.map(\.ruleId) == ["python.sql-concat", "py/sql-injection"])
        #expect(merged.severity == "high")
        #expect(merged.cwe == [89])

        // SARIF keeps every source of a merged finding in the result's properties.
        let sarif = try Ward.run(["import", "semgrep-and-codeql.sarif", "--format", "sarif", "--quiet"], in: box.path)
        struct Log: Decodable {
            struct Run: Decodable {
                struct Result: Decodable {
                    struct Properties: Decodable { struct Source: Decodable { var tool: String; var ruleId: String }; var sources: [Source]? }
                    var properties: Properties
                }
                var results: [Result]
            }
            var runs: [Run]
        }
        let log = try JSONDecoder().decode(Log.self, from: Data(sarif.stdout.utf8))
        #expect(log.runs.first?.results.compactMap(\.properties.sources).first?.map(\.tool) == ["semgrep", "codeql"])

        let failing = try Ward.run(["import", "semgrep-and-codeql.sarif", "--fail-on", "high", "--quiet"], in: box.path)
        #expect(failing.status == 1)
    }

    @Test func anUnreadableReportIsAnErrorNamingTheFile() throws {
        let box = try Sandbox()
        try box.write("notes.txt", "just some notes\n")
        try box.write("broken.sarif", String(Self.sarif.prefix(150)))
        let unknown = try Ward.run(["import", "notes.txt"], in: box.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("notes.txt"))
        #expect(unknown.stderr.contains("--tool"))
        let truncated = try Ward.run(["import", "broken.sarif", "--tool", "sarif"], in: box.path)
        #expect(truncated.status == 2)
        #expect(truncated.stderr.contains("broken.sarif: not a valid sarif report"))
        #expect(try Ward.run(["import", "broken.sarif", "--tool", "no-such-tool"], in: box.path).status == 2)
    }

    @Test func toolsListsWhatWardRunsAndReads() throws {
        let run = try Ward.run(["tools", "--json"], in: FileManager.default.temporaryDirectory.path)
        #expect(run.status == 0)
        struct Entry: Decodable { var id: String; var runnable: Bool; var reader: String?; var installed: Bool; var install: String? }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(run.stdout.utf8))
        let semgrep = try #require(entries.first { $0.id == "semgrep" })
        #expect(semgrep.runnable && semgrep.reader == "semgrep" && semgrep.install == "pip install semgrep")
        #expect(entries.contains { $0.id == "sarif" && !$0.runnable })
        #expect(entries.map(\.id) == entries.map(\.id).sorted())
    }

    @Test func aMissingToolIsAWarningThatSaysHowToInstallIt() throws {
        let box = try Sandbox()
        try box.write("app.py", "print('hello')\n")
        let run = try Ward.run(["scan", ".", "--with", "gitleaks", "--no-components", "--format", "json"], in: box.path, environment: ["PATH": "/nonexistent"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.parse(run)
        #expect(report.warnings?.contains { $0.message.contains("gitleaks is not installed") && $0.message.contains("install") } == true)
        let unknown = try Ward.run(["scan", ".", "--with", "nosuchtool"], in: box.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("nosuchtool"))
    }

    static var toolsAvailable: Bool {
        ProcessInfo.processInfo.environment["WARD_REQUIRE_TOOLS"] != nil
            || ["semgrep", "bandit", "checkov"].allSatisfy { tool in
                (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
                    FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
                }
            }
    }

    /// The real tools, installed from PyPI by `make test`: one report, and bandit's and semgrep's
    /// findings on the same line merged into one finding with two sources.
    @Test(.enabled(if: toolsAvailable), .timeLimit(.minutes(10)))
    func anOrchestratedScanMergesSemgrepBanditAndCheckov() throws {
        let box = try Sandbox()
        try box.write("backend/app.py", """
            import sqlite3
            import subprocess

            def lookup(db, customer_id):
                return db.execute("SELECT iban FROM accounts WHERE customer = '" + customer_id + "'").fetchall()

            def archive(name):
                subprocess.call("tar czf /tmp/archive.tgz " + name, shell=True)

            """)
        try box.write(".semgrep.yml", """
            rules:
              - id: sql-built-by-concatenation
                languages: [python]
                severity: ERROR
                message: SQL text built by concatenating input
                metadata:
                  cwe: ["CWE-89: Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"]
                pattern: $DB.execute("..." + $X + "...")
              - id: subprocess-with-shell
                languages: [python]
                severity: ERROR
                message: a shell runs a command built from input
                metadata:
                  cwe: ["CWE-78: Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')"]
                pattern: subprocess.call(..., shell=True, ...)
            """)
        try box.write("infra/main.tf", """
            resource "aws_security_group" "admin" {
              name = "admin"
              ingress {
                from_port   = 22
                to_port     = 22
                protocol    = "tcp"
                cidr_blocks = ["0.0.0.0/0"]
              }
            }
            """)
        let run = try Ward.run(["scan", ".", "--with", "semgrep,bandit,checkov", "--no-components", "--format", "json"], in: box.path)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.parse(run)
        #expect(report.warnings?.isEmpty ?? true, "\(report.warnings ?? [])")
        let sql = report.findings.filter { $0.location?.path == "backend/app.py" && $0.location?.startLine == 5 }
        #expect(sql.count == 1)
        let sqlTools = Set(sql.first?.sources?.map(\.tool) ?? [])
        #expect(sqlTools.isSuperset(of: ["bandit", "semgrep"]), "\(sqlTools)")
        #expect(sql.first?.cwe.contains(89) == true)
        let shell = report.findings.filter { $0.location?.path == "backend/app.py" && $0.location?.startLine == 8 }
        #expect(shell.count == 1)
        let shellTools = Set(shell.first?.sources?.map(\.tool) ?? [])
        #expect(shellTools.isSuperset(of: ["bandit", "semgrep"]), "\(shellTools)")
        #expect(report.findings.contains { $0.tool == "checkov" && $0.location?.path == "infra/main.tf" && $0.kind == "configuration" })
    }

    /// The demo project scanned with the three tools: one report, Ward's and every tool's findings,
    /// and the demo's SQL injection reported by Ward, semgrep and bandit as one finding.
    @Test(.enabled(if: toolsAvailable), .timeLimit(.minutes(10)))
    func anOrchestratedScanOfTheDemoProducesOneReport() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/demo-app").path
        let box = try Sandbox()
        let copy = box.path + "/demo-app"
        try FileManager.default.copyItem(atPath: demo, toPath: copy)
        let run = try Ward.run(["scan", ".", "--with", "semgrep,bandit,checkov", "--no-components", "--format", "json"], in: copy)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.parse(run)
        #expect(report.warnings?.isEmpty ?? true, "\(report.warnings ?? [])")
        let tools = Set(report.findings.flatMap { [$0.tool] + ($0.sources?.map(\.tool) ?? []) })
        #expect(tools.isSuperset(of: ["ward", "semgrep", "bandit", "checkov"]), "\(tools)")
        let sql = report.findings.filter { $0.location?.path == "backend/app.py" && $0.location?.startLine == 20 }
        #expect(sql.count == 1)
        #expect(Set(sql.first?.sources?.map(\.tool) ?? []) == ["ward", "semgrep", "bandit"])
    }
}
