import ArgumentParser
import Foundation
import WardCore
import WardSecrets

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List and explain the rules: the knowledge base in the terminal.",
        subcommands: [List.self, Explain.self, Test.self]
    )

    /// Built-in rules plus the custom rules of `ward.yml` (from --config, or the current directory).
    static func rules(config: String?) throws(InputError) -> [SecretRule] {
        let configuration: ProjectConfiguration
        if let config {
            configuration = try ProjectConfiguration.load(path: config)
        } else {
            configuration = try ProjectConfiguration.find(in: ".")
        }
        return try SecretRuleSelection(settings: configuration.secrets, configuration: configuration).rules
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule with its severity and title.")

        @Option(name: .long, help: "Configuration file with custom rules (default: ./ward.yml).")
        var config: String?

        @Option(name: .long, help: "Only rules with this tag (e.g. pii, cloud, private-key).")
        var tag: String?

        @Flag(name: .long, help: "Print JSON instead of a table.")
        var json = false

        @Flag(name: .long, help: "With --json: include each rule's examples (generated values, with ↓ where a finding is reported).")
        var examples = false

        @Flag(name: .long, help: "With --json: include each rule's pattern, keywords, secret group and entropy threshold.")
        var patterns = false

        @Flag(name: .long, help: "Print the rule reference as Markdown (docs/rules/secrets.md is generated this way).")
        var markdown = false

        func run() throws {
            var secretRules = try RulesCommand.rules(config: config)
            if let tag { secretRules = secretRules.filter { $0.description.tags.contains(tag) } }
            secretRules.sort { $0.id < $1.id }
            let rules = secretRules.map(\.description)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let entries = secretRules.map { RuleListing(rule: $0, examples: examples, patterns: patterns) }
                FileHandle.standardOutput.write(try encoder.encode(entries) + Data("\n".utf8))
                return
            }
            if markdown {
                print(RuleReference(rules: secretRules).markdown, terminator: "")
                return
            }
            let width = rules.map(\.id.count).max() ?? 10
            for rule in rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                print("\(id)  \(severity)  \(rule.title)")
            }
            print("\n\(rules.count) rules. Details: ward rules explain <id>")
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule: what it finds, why it matters, how to fix it, examples.")

        @Argument(help: "The rule id, e.g. aws-access-key-id.")
        var id: String

        @Option(name: .long, help: "Configuration file with custom rules (default: ./ward.yml).")
        var config: String?

        func run() throws {
            let rules = try RulesCommand.rules(config: config)
            guard let rule = rules.first(where: { $0.id == id }) else {
                let near = rules.map(\.id).filter { $0.contains(id) || id.contains($0) || $0.hasPrefix(String(id.prefix(4))) }.prefix(8)
                var message = "no rule with id '\(id)'"
                if !near.isEmpty { message += "; did you mean: \(near.joined(separator: ", "))?" }
                throw InputError(message + " (ward rules list shows them all)")
            }
            print(RuleExplanation(rule: rule).text, terminator: "")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the examples of every rule (custom rules from ward.yml included) and report any rule that fails its own examples.")

        @Option(name: .long, help: "Configuration file with custom rules (default: ./ward.yml).")
        var config: String?

        func run() throws {
            let rules = try RulesCommand.rules(config: config)
            let failures = try RuleExampleCheck.run(rules)
            for failure in failures { print("FAIL \(failure)") }
            print("\(rules.count - Set(failures.map(\.ruleId)).count) passed, \(Set(failures.map(\.ruleId)).count) failed")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}

/// One rule in `ward rules list --json`: its summary, and on request its examples and matching details.
struct RuleListing: Encodable {
    let rule: SecretRule
    let examples: Bool
    let patterns: Bool

    enum Key: String, CodingKey {
        case triggeringExamples, nonTriggeringExamples, pattern, keywords, secretGroup, entropy, paths
    }

    func encode(to encoder: Encoder) throws {
        try RuleSummary(rule.description).encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        if examples {
            try container.encode(rule.description.triggeringExamples, forKey: .triggeringExamples)
            try container.encode(rule.description.nonTriggeringExamples, forKey: .nonTriggeringExamples)
        }
        if patterns {
            try container.encode(rule.pattern, forKey: .pattern)
            try container.encode(rule.keywords, forKey: .keywords)
            try container.encode(rule.secretGroup, forKey: .secretGroup)
            try container.encodeIfPresent(rule.entropy, forKey: .entropy)
            try container.encode(rule.paths.map(\.glob.pattern), forKey: .paths)
        }
    }
}

/// The text of `ward rules explain`.
struct RuleExplanation {
    let rule: SecretRule

    var text: String {
        let d = rule.description
        var out = "\(d.title)\n\(String(repeating: "=", count: d.title.count))\n\n"
        out += "id:         \(d.id)\n"
        out += "severity:   \(d.severity.rawValue)\n"
        out += "confidence: \(d.confidence.rawValue)\n"
        out += "cwe:        \(d.cwe.map { "CWE-\($0)" }.joined(separator: ", "))\n"
        if !d.tags.isEmpty { out += "tags:       \(d.tags.joined(separator: ", "))\n" }
        if !rule.keywords.isEmpty { out += "keywords:   \(rule.keywords.joined(separator: ", "))\n" }
        if let entropy = rule.entropy { out += "entropy:    at least \(entropy) bits per character\n" }
        out += "\nWhat it finds and why it matters\n  \(d.summary)\n"
        out += "\nHow to fix\n  \(d.remediation)\n"
        if !d.triggeringExamples.isEmpty {
            out += "\nReported (examples are generated, not real secrets)\n"
            for example in d.triggeringExamples { out += indent(example.text) }
        }
        if !d.nonTriggeringExamples.isEmpty {
            out += "\nNot reported\n"
            for example in d.nonTriggeringExamples { out += indent(example.text) }
        }
        if !d.references.isEmpty { out += "\nReferences\n" + d.references.map { "  \($0)\n" }.joined() }
        out += "\nSilence one occurrence with `ward:ignore \(d.id)` on its line or the line above.\n"
        return out
    }

    private func indent(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let shown = lines.prefix(6).map { "    " + ($0.count > 110 ? $0.prefix(110) + "…" : $0) }
        return shown.joined(separator: "\n") + (lines.count > 6 ? "\n    …" : "") + "\n"
    }
}

/// Checks rules against their own examples, as the test suite does for built-in rules.
enum RuleExampleCheck {
    struct Failure: CustomStringConvertible {
        var ruleId: String
        var message: String
        var description: String { "\(ruleId): \(message)" }
    }

    static func run(_ rules: [SecretRule]) throws(InputError) -> [Failure] {
        let scanner = try SecretScanner(rules: rules)
        var failures: [Failure] = []
        for rule in rules {
            for example in rule.description.triggeringExamples {
                let found = scanner.scan(text: example.text, path: example.path ?? "example.txt").filter { $0.ruleId == rule.id }
                let expected = example.markedPositions.map { "\($0.line):\($0.column)" }.sorted()
                let reported = found.compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }.sorted()
                if found.isEmpty {
                    failures.append(Failure(ruleId: rule.id, message: "misses its example \(example.text.debugDescription)"))
                } else if !expected.isEmpty && expected != reported {
                    failures.append(Failure(ruleId: rule.id, message: "reports \(reported) instead of \(expected) in \(example.text.debugDescription)"))
                }
            }
            for example in rule.description.nonTriggeringExamples
            where scanner.scan(text: example.text, path: example.path ?? "example.txt").contains(where: { $0.ruleId == rule.id }) {
                failures.append(Failure(ruleId: rule.id, message: "flags its non-matching example \(example.text.debugDescription)"))
            }
        }
        return failures
    }
}
