import Foundation
import Testing

@Suite struct RulesCommandTests {
    @Test func listShowsEveryBuiltInRule() throws {
        let box = try Sandbox()
        let run = try Ward.run(["rules", "list", "--json"], in: box.path)
        #expect(run.status == 0)
        struct Rule: Decodable { var id: String; var severity: String; var tags: [String] }
        let rules = try JSONDecoder().decode([Rule].self, from: Data(run.stdout.utf8))
        #expect(rules.count >= 150)
        #expect(rules.contains { $0.id == "aws-access-key-id" })
        #expect(rules.contains { $0.tags.contains("pii") })
        let table = try Ward.run(["rules", "list"], in: box.path)
        #expect(table.stdout.contains("\(rules.count) rules"))
    }

    @Test func explainIsTheKnowledgeBase() throws {
        let box = try Sandbox()
        let run = try Ward.run(["rules", "explain", "aws-access-key-id"], in: box.path)
        #expect(run.status == 0)
        for section in ["AWS access key ID", "severity:   high", "CWE-798", "What it finds and why it matters", "How to fix", "Reported", "Not reported", "ward:ignore aws-access-key-id"] {
            #expect(run.stdout.contains(section), "missing \(section)")
        }
        let unknown = try Ward.run(["rules", "explain", "aws-acess"], in: box.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean"))
    }

    @Test func builtInRulesPassTheirOwnExamplesThroughTheCLI() throws {
        let box = try Sandbox()
        let run = try Ward.run(["rules", "test"], in: box.path)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains(" 0 failed"))
    }
}
