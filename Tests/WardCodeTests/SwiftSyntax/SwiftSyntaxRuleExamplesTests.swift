import Foundation
import Testing
import WardCore
@testable import WardCode

/// Runs every Swift syntax rule's own examples: a rule that misses its triggering example, reports it
/// somewhere other than the `↓` marker, or flags its non-triggering example fails.
@Suite struct SwiftSyntaxRuleExamplesTests {
    static let rules = SwiftSyntaxRules.builtIn.map { type(of: $0).description }
    static let rulesById = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    static func findings(of ruleId: String, in example: Example) throws -> [Finding] {
        let scanner = try SwiftSyntaxScanner()
        return scanner.scan(text: example.text, path: example.path ?? "Example.swift").filter { $0.ruleId == ruleId }
    }

    @Test(arguments: rules.map(\.id))
    func triggeringExamplesAreReportedAtTheirMarkers(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(rule.triggeringExamples.count >= 2, "\(ruleId) needs at least two triggering examples")
        for example in rule.triggeringExamples {
            let expected = example.markedPositions.map { "\($0.line):\($0.column)" }.sorted()
            #expect(!expected.isEmpty, "\(ruleId): triggering example without a ↓ marker: \(example.text)")
            let reported = try Self.findings(of: ruleId, in: example).compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }.sorted()
            #expect(reported == expected, "\(ruleId) on: \(example.text)")
        }
    }

    @Test(arguments: rules.map(\.id))
    func nonTriggeringExamplesAreQuiet(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(ruleId) has no non-triggering example")
        for example in rule.nonTriggeringExamples {
            let found = try Self.findings(of: ruleId, in: example)
            #expect(found.isEmpty, "\(ruleId) flagged its non-triggering example: \(example.text)")
        }
    }

    @Test(arguments: rules.map(\.id))
    func descriptionIsComplete(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(RuleDescription.isValidIdentifier(ruleId) && ruleId.hasPrefix("swift-"), "\(ruleId) is not kebab-case with the swift- prefix")
        #expect(rule.kind == .code)
        #expect(!rule.title.isEmpty && !rule.summary.isEmpty && !rule.remediation.isEmpty)
        #expect(!rule.cwe.isEmpty)
        #expect(rule.owasp.contains { $0.hasPrefix("MASVS-") }, "\(ruleId) names no MASVS category")
        #expect(rule.owasp.contains { $0.hasSuffix(":2021") }, "\(ruleId) names no OWASP Top 10 2021 category")
        #expect(rule.tags.contains("swift"))
    }

    @Test func identifiersAreUniqueAndTheRegistryIsSorted() {
        let ids = Self.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 17)
        let typeNames = SwiftSyntaxRules.builtIn.map { String(describing: type(of: $0)) }
        #expect(typeNames == typeNames.sorted())
    }

    @Test func everyRuleFileIsRegistered() throws {
        let registry = try String(contentsOfFile: Self.sourceDirectory + "/SwiftSyntaxRules.swift", encoding: .utf8)
        let directory = Self.sourceDirectory + "/Rules"
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".swift") }
        #expect(files.count == Self.rules.count)
        for file in files {
            let source = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            for line in source.split(separator: "\n") where line.hasPrefix("struct ") && line.contains(": SwiftSyntaxRule") {
                let name = line.dropFirst("struct ".count).prefix { $0 != ":" }
                #expect(registry.contains("\(name)(),"), "Rules/\(file) defines \(name) but SwiftSyntaxRules.swift does not list it")
            }
        }
    }

    static var sourceDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/WardCode/SwiftSyntax").path
    }
}
