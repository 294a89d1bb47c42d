import Testing
import WardCore
@testable import WardCode

/// Runs every built-in pattern rule's own examples: a rule that misses its triggering example,
/// reports it anywhere but the `↓` markers, or flags its passing example fails the suite.
@Suite struct PatternRuleExamplesTests {
    static let rules = CodeRules.builtIn
    static let scanner = try! CodeScanner(rules: rules)
    static let rulesById = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })

    static func findings(of rule: PatternRule, in example: Example) -> [Finding] {
        scanner.scan(text: example.text, path: example.path ?? rule.examplePath).filter { $0.ruleId == rule.id }
    }

    @Test(arguments: CodeRules.builtIn.map(\.id))
    func triggeringExamplesAreReportedAtTheirMarkers(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(!rule.description.triggeringExamples.isEmpty, "\(ruleId) has no triggering example")
        for example in rule.description.triggeringExamples {
            let expected = example.markedPositions.map { "\($0.line):\($0.column)" }.sorted()
            #expect(!expected.isEmpty, "\(ruleId): triggering example without a ↓ marker")
            let reported = Self.findings(of: rule, in: example).compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }.sorted()
            #expect(reported == expected, "\(ruleId) on: \(example.text)")
        }
    }

    @Test(arguments: CodeRules.builtIn.map(\.id))
    func passingExamplesAreQuiet(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(ruleId) has no passing example")
        for example in rule.description.nonTriggeringExamples {
            #expect(Self.findings(of: rule, in: example).isEmpty, "\(ruleId) flagged: \(example.text)")
        }
    }

    @Test(arguments: CodeRules.builtIn.map(\.id))
    func descriptionIsComplete(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        let description = rule.description
        #expect(RuleDescription.isValidIdentifier(ruleId), "\(ruleId) is not kebab-case")
        #expect(!description.title.isEmpty && !description.summary.isEmpty && !rule.message.source.isEmpty)
        #expect(description.remediation.count >= 20, "\(ruleId): remediation too thin")
        #expect(!description.cwe.isEmpty, "\(ruleId) has no CWE")
        #expect(!description.owasp.isEmpty && description.owasp.allSatisfy { $0.hasSuffix(":2021") || $0.hasPrefix("MASVS-") })
        #expect(description.kind == .code)
        #expect(!rule.keywords.isEmpty, "\(ruleId) runs on every file: give it a literal")
        // The keyword prefilter must not hide the rule's own true positives.
        for example in description.triggeringExamples {
            let text = example.text.lowercased()
            #expect(rule.keywords.contains { text.contains($0) }, "\(ruleId): no keyword of \(rule.keywords) in \(example.text)")
        }
    }

    @Test func identifiersAreUnique() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
