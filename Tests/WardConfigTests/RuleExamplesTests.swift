import Foundation
import Testing
import WardCore
@testable import WardConfig

/// Runs every built-in rule's own examples: each triggering example must be reported exactly at its
/// `↓` markers, each non-triggering example must be silent for that rule.
@Suite struct RuleExamplesTests {
    static let rulesById = Dictionary(uniqueKeysWithValues: ConfigRules.builtIn.map { ($0.id, $0) })
    static let ids = ConfigRules.builtIn.map(\.id).sorted()

    static func findings(of ruleId: String, in example: Example) throws -> [Finding] {
        let scanner = try ConfigScanner()
        return scanner.scan(text: example.text, path: example.path ?? "example.txt").filter { $0.ruleId == ruleId }
    }

    @Test(arguments: ids)
    func triggeringExamplesAreReportedAtTheirMarkers(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(!rule.description.triggeringExamples.isEmpty, "\(ruleId) has no triggering example")
        for example in rule.description.triggeringExamples {
            let expected = example.markedPositions.map { "\($0.line):\($0.column)" }.sorted()
            #expect(!expected.isEmpty, "\(ruleId): triggering example without a marker")
            let reported = try Self.findings(of: ruleId, in: example).compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }.sorted()
            #expect(reported == expected, "\(ruleId) on:\n\(example.text)")
        }
    }

    @Test(arguments: ids)
    func nonTriggeringExamplesAreQuiet(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(ruleId) has no non-triggering example")
        for example in rule.description.nonTriggeringExamples {
            let found = try Self.findings(of: ruleId, in: example)
            #expect(found.isEmpty, "\(ruleId) flagged its non-triggering example:\n\(example.text)")
        }
    }

    static let prefixes: [ConfigFileType: String] = [
        .dockerfile: "docker-", .kubernetes: "k8s-", .githubActions: "gha-", .gitlabCI: "gitlab-", .terraform: "tf-",
        .infoPlist: "ios-", .entitlements: "ios-", .androidManifest: "android-", .networkSecurityConfig: "android-",
    ]

    @Test(arguments: ids)
    func descriptionIsComplete(ruleId: String) throws {
        let rule = try #require(Self.rulesById[ruleId])
        let description = rule.description
        #expect(RuleDescription.isValidIdentifier(ruleId), "\(ruleId) is not kebab-case")
        #expect(ruleId.hasPrefix(try #require(Self.prefixes[rule.fileType])), "\(ruleId) lacks its file-type prefix")
        #expect(description.kind == .configuration)
        #expect(!description.title.isEmpty && !description.summary.isEmpty && !description.remediation.isEmpty)
        #expect(!description.cwe.isEmpty && !description.owasp.isEmpty)
        // Every example carries a path that classifies as the rule's file type, so the scanner reaches the rule.
        for example in description.triggeringExamples + description.nonTriggeringExamples {
            let path = try #require(example.path, "\(ruleId): example without a path")
            let bytes = Array(example.text.utf8)
            let type = bytes.withUnsafeBytes { ConfigClassifier.classify(path: path, bytes: $0) }
            #expect(type == rule.fileType, "\(ruleId): example at \(path) classifies as \(String(describing: type))")
        }
    }

    @Test func builtInRegistryHasEnoughUniqueRules() throws {
        let ids = ConfigRules.builtIn.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.count == 56)
        let scanner = try ConfigScanner()
        #expect(scanner.rules.count == 56)
        #expect(scanner.kinds == [.configuration])
    }

    @Test func registryRejectsDuplicateIds() throws {
        let rules: [any ConfigRule] = [DockerSudoRule(), DockerSudoRule()]
        #expect(throws: InputError.self) { try ConfigScanner(rules: rules) }
    }

    @Test func everyRuleFileIsRegistered() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/WardConfig").path
        let registry = try String(contentsOfFile: root + "/BuiltIn.swift", encoding: .utf8)
        var defined = 0
        for folder in ["Docker", "Kubernetes", "GitHubActions", "GitLabCI", "Terraform", "IOS", "Android"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) where file.hasSuffix("Rule.swift") {
                let source = try String(contentsOfFile: root + "/" + folder + "/" + file, encoding: .utf8)
                for line in source.split(separator: "\n") where line.hasPrefix("struct ") {
                    let name = String(line.dropFirst(7).prefix { $0 != ":" })
                    defined += 1
                    #expect(registry.contains("        \(name)(),"), "\(folder)/\(file) defines \(name) but BuiltIn.swift does not list it")
                }
            }
        }
        #expect(defined == ConfigRules.builtIn.count)
    }
}
