import Foundation
import Testing
import WardCore
@testable import WardGovern

/// Runs every threat rule's own examples: a rule that misses its positive or flags its negative fails.
@Suite struct ThreatRuleExampleTests {
    static let ruleIds = BuiltInThreatRules.all.map(\.description.id)

    static func rule(_ id: String) throws -> any ThreatRule {
        try #require(BuiltInThreatRules.all.first { $0.description.id == id })
    }

    static func model(_ example: ThreatExample) throws -> ThreatModel {
        try ThreatModelParser.parse("title: example\n" + example.yaml, path: "example.yml")
    }

    @Test(arguments: ruleIds)
    func triggeringExamplesReportExactlyTheExpectedElements(id: String) throws {
        let rule = try Self.rule(id)
        #expect(!rule.description.triggeringExamples.isEmpty)
        for example in rule.description.triggeringExamples {
            #expect(!example.expected.isEmpty)
            let hits = rule.hits(in: try Self.model(example))
            #expect(hits.map { $0.affected.first?.id ?? "" } == example.expected, "\(id): \(example.yaml)")
            #expect(hits.allSatisfy { !$0.message.isEmpty && $0.affected.allSatisfy { $0.line >= 1 } })
        }
    }

    @Test(arguments: ruleIds)
    func nonTriggeringExamplesReportNothing(id: String) throws {
        let rule = try Self.rule(id)
        #expect(!rule.description.nonTriggeringExamples.isEmpty)
        for example in rule.description.nonTriggeringExamples {
            #expect(rule.hits(in: try Self.model(example)).isEmpty, "\(id): \(example.yaml)")
        }
    }

    @Test(arguments: ruleIds)
    func descriptionIsComplete(id: String) throws {
        let description = try Self.rule(id).description
        #expect(id.hasPrefix("tm-") && RuleDescription.isValidIdentifier(id))
        #expect(!description.title.isEmpty && !description.summary.isEmpty)
        #expect(!description.cwe.isEmpty && !description.mitigations.isEmpty && !description.requirements.isEmpty)
        let known = Set(BuiltInRequirements.all.map(\.id))
        #expect(description.requirements.allSatisfy(known.contains), "\(description.requirements) not all in the requirement library")
    }

    @Test func registryHasThirtyOneSortedUniqueRulesCoveringEveryStrideCategory() {
        let ids = Self.ruleIds
        #expect(ids.count == 31)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(Set(BuiltInThreatRules.all.map(\.description.category)) == Set(StrideCategory.allCases))
    }

    @Test func everyRuleFileIsRegistered() throws {
        let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/WardGovern/ThreatModel/Rules").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: rulesFolder.path).filter { $0.hasSuffix("Rule.swift") }
        let registered = BuiltInThreatRules.all.map { String(describing: type(of: $0)) + ".swift" }
        #expect(files.sorted() == registered.sorted())
    }
}
