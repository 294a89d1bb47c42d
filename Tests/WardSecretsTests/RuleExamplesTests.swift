import Testing
import WardCore
@testable import WardSecrets

/// Runs every built-in rule's own examples, as SwiftLint does: a rule that misses its triggering
/// example, reports it somewhere other than the `↓` marker, or flags its non-triggering example fails.
@Suite struct RuleExamplesTests {
    static let scanner = try! SecretScanner(rules: SecretRules.builtIn)
    static let rulesById = Dictionary(uniqueKeysWithValues: SecretRules.builtIn.map { ($0.id, $0) })

    static func findings(of ruleId: String, in example: Example, rule: SecretRule) -> [Finding] {
        let path = example.path ?? "example.txt"
        return scanner.scan(text: example.text, path: path).filter { $0.ruleId == ruleId }
    }

    @Test(arguments: SecretRules.builtIn.map(\.id))
    func triggeringExamplesAreReportedAtTheirMarkers(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(!rule.description.triggeringExamples.isEmpty, "\(ruleId) has no triggering example")
        for example in rule.description.triggeringExamples {
            let found = Self.findings(of: ruleId, in: example, rule: rule)
            let expected = example.markedPositions
            if expected.isEmpty {
                #expect(!found.isEmpty, "\(ruleId) missed its example: \(example.text)")
            } else {
                let reported = found.compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }.sorted()
                #expect(reported == expected.map { "\($0.line):\($0.column)" }.sorted(), "\(ruleId) on: \(example.text)")
            }
        }
    }

    @Test(arguments: SecretRules.builtIn.map(\.id))
    func nonTriggeringExamplesAreQuiet(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        for example in rule.description.nonTriggeringExamples {
            let found = Self.findings(of: ruleId, in: example, rule: rule)
            #expect(found.isEmpty, "\(ruleId) flagged its non-triggering example: \(example.text)")
        }
    }

    @Test(arguments: SecretRules.builtIn.map(\.id))
    func descriptionIsComplete(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        let description = rule.description
        #expect(RuleDescription.isValidIdentifier(ruleId), "\(ruleId) is not kebab-case")
        #expect(!description.title.isEmpty && !description.summary.isEmpty && !description.remediation.isEmpty)
        #expect(!description.cwe.isEmpty)
        #expect(!rule.keywords.isEmpty, "\(ruleId) has no keywords")
        for keyword in rule.keywords {
            #expect(keyword == keyword.lowercased(), "\(ruleId): keyword \(keyword) is not lowercase")
        }
        // Every triggering example contains one of the rule's keywords, so the keyword prefilter is sound.
        for example in description.triggeringExamples {
            let text = example.text.lowercased()
            #expect(rule.keywords.contains { text.contains($0) }, "\(ruleId): no keyword in \(example.text)")
        }
        if description.tags.contains("pii") {
            #expect(description.severity <= .medium, "\(ruleId): sensitive data ranks below credentials")
            #expect(description.cwe.contains(359) || description.cwe.contains(312))
        }
    }

    /// Fallback rules are confirmed by PCRE2 on whole files after a keyword hit: correct, but slow.
    @Test func everyBuiltInRuleCompilesInVectorscan() {
        #expect(Self.scanner.fallbackRuleIds == [])
    }

    @Test func identifiersAreUnique() {
        let ids = SecretRules.builtIn.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyRuleFileIsRegistered() throws {
        let registry = try String(contentsOfFile: Self.sourceDirectory + "/BuiltIn.swift", encoding: .utf8)
        for folder in ["Rules", "PII"] {
            let directory = Self.sourceDirectory + "/" + folder
            for file in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where file.hasSuffix(".swift") {
                let source = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
                for line in source.split(separator: "\n") where line.contains(": [SecretRule] = [") {
                    let name = line.split(separator: " ").first { $0.hasSuffix(":") }.map { String($0.dropLast()) } ?? ""
                    #expect(registry.contains(", \(name))"), "\(folder)/\(file) defines \(name) but BuiltIn.swift does not list it")
                }
            }
        }
    }

    static var sourceDirectory: String {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WardSecrets").path
    }
}

import Foundation
