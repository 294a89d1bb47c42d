import Foundation
import Testing

/// `ward threat` and `ward gate`: governance from files, without a server.
@Suite struct GovernanceCommandTests {
    static let demoModel = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/demo-app/threatmodel.yml").path

    @Test func threatWritesTheThreatsAndTheDiagramInEveryFormat() throws {
        let box = try Sandbox()
        let markdown = try Ward.run(["threat", Self.demoModel], in: box.path)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("#"))
        #expect(markdown.stdout.contains("STRIDE") || markdown.stdout.contains("Spoofing"))
        let dot = try Ward.run(["threat", Self.demoModel, "--format", "dot"], in: box.path)
        #expect(dot.stdout.hasPrefix("digraph"))
        let json = try Ward.run(["threat", Self.demoModel, "--format", "json"], in: box.path)
        struct Finding: Decodable { var ruleId: String; var kind: String; var severity: String }
        let findings = try JSONDecoder().decode([Finding].self, from: Data(json.stdout.utf8))
        #expect(findings.count == 14)
        #expect(findings.allSatisfy { $0.kind == "design" && $0.ruleId.hasPrefix("tm-") })
        #expect(findings.filter { $0.severity == "high" }.count == 6)
        let sarif = try Ward.run(["threat", Self.demoModel, "--format", "sarif", "--output", "threats.sarif"], in: box.path)
        #expect(sarif.status == 0)
        #expect(try String(contentsOfFile: box.path + "/threats.sarif", encoding: .utf8).contains("\"2.1.0\""))
        #expect(try Ward.run(["threat", Self.demoModel, "--fail-on", "high", "--format", "dot"], in: box.path).status == 1)
    }

    @Test func aBrokenThreatModelIsAnErrorNamingTheFileAndLine() throws {
        let box = try Sandbox()
        try box.write("threatmodel.yml", "title: Broken\ncomponents:\n  - id: api\n    type: spaceship\n")
        let run = try Ward.run(["threat"], in: box.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("threatmodel.yml"))
        #expect(run.stderr.contains(":4") || run.stderr.contains("line 4"))
    }

    @Test func theGateJudgesAScanByTheBaselineOfTheProfile() throws {
        let box = try Sandbox()
        try box.write("ward.yml", """
            profile:
              exposure: internet
              data: financial
              platform: mobile
              criticality: critical
            """)
        try box.write("src/app.py", "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n")
        let scan = try Ward.run(["scan", ".", "--no-components", "--format", "json", "--output", "scan.json"], in: box.path)
        #expect(scan.status == 0, "\(scan.stderr)")
        let gate = try Ward.run(["gate", "--report", "scan.json"], in: box.path)
        #expect(gate.status == 1, "\(gate.stdout) \(gate.stderr)")
        #expect(gate.stdout.contains("gate FAILED (baseline mobile-banking@1)"))
        #expect(gate.stdout.contains("dependency"))

        try box.write("ward.yml", """
            profile:
              exposure: internal
              data: internal
              platform: api
              criticality: low
              baseline: internal-service
            """)
        try box.write("src/app.py", "print('hello')\n")
        _ = try Ward.run(["scan", ".", "--db", box.path + "/none.db", "--no-components", "--format", "json", "--output", "scan.json"], in: box.path)
        let internalGate = try Ward.run(["gate", "--report", "scan.json", "--json"], in: box.path)
        struct Outcome: Decodable { var baseline: String?; var pass: Bool; var reasons: [String] }
        let outcome = try JSONDecoder().decode(Outcome.self, from: Data(internalGate.stdout.utf8))
        #expect(outcome.baseline == "internal-service@1")
        // The internal baseline requires dependency scanning, which this scan left out.
        #expect(!outcome.pass)
        #expect(outcome.reasons.contains { $0.contains("dependency") })
        #expect(try Ward.run(["gate"], in: box.path).status == 2)
    }

    @Test func maturityFromLocalFilesCountsWhatTheyShow() throws {
        let box = try Sandbox()
        struct Summary: Decodable {
            struct Dimension: Decodable { var title: String; var level: Int }
            var overallLevel: Int
            var dimensions: [Dimension]
            var partial: Bool?
        }
        let empty = try JSONDecoder().decode(Summary.self, from: Data(try Ward.run(["maturity", "--json"], in: box.path).stdout.utf8))
        #expect(empty.dimensions.count == 9)
        #expect(empty.overallLevel == 0 && empty.partial == true)
        // A profile (even the default one) selects requirements: level 1 of that dimension; nothing else is shown.
        #expect(empty.dimensions.filter { $0.title != "Security requirements" }.allSatisfy { $0.level == 0 })

        try box.write("src/app.py", "print('hello')\n")
        _ = try Ward.run(["scan", ".", "--no-components", "--format", "json", "--output", "scan.json"], in: box.path)
        let scanned = try JSONDecoder().decode(Summary.self, from: Data(try Ward.run(["maturity", "--report", "scan.json", "--json"], in: box.path).stdout.utf8))
        let coding = try #require(scanned.dimensions.first { $0.title == "Secure coding" })
        #expect(coding.level >= 1)
        let text = try Ward.run(["maturity", "--report", "scan.json"], in: box.path)
        #expect(text.stdout.contains("overall level"))
        #expect(text.stdout.contains("To reach the next level:"))
        #expect(try Ward.run(["maturity", "--server", "http://127.0.0.1:9"], in: box.path).status == 2)
    }
}
