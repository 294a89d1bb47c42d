import Foundation
import Testing
import WardCore
@testable import WardCode

/// The example rule in docs/rule-language.md is what rule authors copy: it must parse and keep its own examples.
@Suite struct RuleLanguageDocTests {
    static var documentPath: String {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/rule-language.md").path
    }

    @Test func documentedExampleRuleWorks() throws {
        let document = try String(contentsOfFile: Self.documentPath, encoding: .utf8)
        let afterFence = try #require(document.components(separatedBy: "```yaml\n").dropFirst().first)
        let yaml = try #require(afterFence.components(separatedBy: "```").first)
        let rules = try PatternRuleParser.parse(yaml: yaml, path: "docs/rule-language.md")
        #expect(rules.map(\.id) == ["python-sql-formatted-query"])
        let rule = try #require(rules.first)
        let scanner = try CodeScanner(rules: rules)
        #expect(rule.description.triggeringExamples.count == 2)
        for example in rule.description.triggeringExamples {
            let found = scanner.scan(text: example.text, path: example.path ?? rule.examplePath)
            #expect(found.compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } } == example.markedPositions.map { "\($0.line):\($0.column)" })
        }
        for example in rule.description.nonTriggeringExamples {
            #expect(scanner.scan(text: example.text, path: example.path ?? rule.examplePath).isEmpty)
        }
        let finding = try #require(scanner.scan(text: "cur.execute(\"SELECT 1 WHERE a = '%s'\" % a)\n", path: "app.py").first)
        #expect(finding.message == "The query passed to execute() is assembled with %; a crafted value changes the SQL.")
    }
}
