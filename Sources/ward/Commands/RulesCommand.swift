import ArgumentParser
import Foundation
import WardCore
import WardCode
import WardSecrets

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List and explain the rules: the knowledge base in the terminal.",
        subcommands: [List.self, Explain.self, Test.self]
    )

    /// Built-in rules plus the custom rules of `ward.yml` (from --config, or the current directory).
    /// Built-in and ward.yml pattern rules (code: rules-dirs and inline rules).
    static func codeRules(config: String?) throws(InputError) -> [PatternRule] {
        let configuration: ProjectConfiguration
        if let config {
            configuration = try ProjectConfiguration.load(path: config)
        } else {
            configuration = try ProjectConfiguration.find(in: ".")
        }
        var rules = CodeRules.builtIn
        for directory in configuration.code.ruleDirectories { rules += try CodeRules.load(directory: directory) }
        if let inline = configuration.code.rules {
            rules += try PatternRuleParser.parse(rules: inline, path: configuration.path ?? ProjectConfiguration.fileName)
        }
        return rules
    }

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

        @Option(name: .long, help: "Only rules of this kind: secret, code or config.")
        var kind: String?

        @Option(name: .long, help: "Only code rules for this language (e.g. python, kotlin, swift).")
        var language: String?

        @Option(name: .long, help: "Only rules with this tag (e.g. pii, cloud, private-key).")
        var tag: String?

        @Flag(name: .long, help: "Print JSON instead of a table.")
        var json = false

        @Flag(name: .long, help: "With --json: include each rule's examples (generated values, with ↓ where a finding is reported).")
        var examples = false

        @Flag(name: .long, help: "With --json: include each secret rule's pattern, keywords, secret group and entropy threshold.")
        var patterns = false

        @Flag(name: .long, help: "Print the rule reference of one kind as Markdown (docs/rules/ is generated this way; default kind: secret).")
        var markdown = false

        func validate() throws {
            if let kind, RuleCatalog.Group(rawValue: kind) == nil { throw ValidationError("--kind must be secret, code or config") }
        }

        func run() throws {
            let catalog = try RuleCatalog.load(config: config)
            let group = kind.flatMap(RuleCatalog.Group.init(rawValue:))
            var entries = group.map(catalog.group) ?? catalog.entries
            if let tag { entries = entries.filter { $0.description.tags.contains(tag) } }
            if let language { entries = entries.filter { $0.group == .code && $0.scope.contains { $0.hasPrefix(language.lowercased()) } } }
            if markdown {
                let kind = group ?? .secret
                print(RuleReference(group: kind, entries: entries.filter { $0.group == kind }).markdown, terminator: "")
                return
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let listings = entries.map { RuleListing(entry: $0, examples: examples, patterns: patterns) }
                FileHandle.standardOutput.write(try encoder.encode(listings) + Data("\n".utf8))
                return
            }
            let width = entries.map(\.id.count).max() ?? 10
            for entry in entries {
                let id = entry.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let severity = entry.description.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                let kind = entry.group.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                print("\(id)  \(kind)  \(severity)  \(entry.description.title)")
            }
            print("\n\(entries.count) rules. Details: ward rules explain <id>")
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule: what it finds, why it matters, how to fix it, examples.")

        @Argument(help: "The rule id, e.g. aws-access-key-id.")
        var id: String

        @Option(name: .long, help: "Configuration file with custom rules (default: ./ward.yml).")
        var config: String?

        func run() throws {
            let catalog = try RuleCatalog.load(config: config)
            guard let entry = catalog.entry(id) else {
                let near = catalog.entries.map(\.id).filter { $0.contains(id) || id.contains($0) || $0.hasPrefix(String(id.prefix(4))) }.prefix(8)
                var message = "no rule with id '\(id)'"
                if !near.isEmpty { message += "; did you mean: \(near.joined(separator: ", "))?" }
                throw InputError(message + " (ward rules list shows them all)")
            }
            print(RuleExplanation(entry: entry).text, terminator: "")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the examples of every secret and code rule (custom rules from ward.yml included) and report any rule that fails its own examples.")

        @Option(name: .long, help: "Configuration file with custom rules (default: ./ward.yml).")
        var config: String?

        func run() throws {
            let secretRules = try RulesCommand.rules(config: config)
            var failures = try RuleExampleCheck.run(secretRules.map { ($0.description, "example.txt") }, scanner: SecretScanner(rules: secretRules))
            let patternRules = try RulesCommand.codeRules(config: config)
            failures += try RuleExampleCheck.run(patternRules.map { ($0.description, $0.examplePath) }, scanner: CodeScanner(rules: patternRules))
            let count = secretRules.count + patternRules.count
            for failure in failures { print("FAIL \(failure)") }
            print("\(count - Set(failures.map(\.ruleId)).count) passed, \(Set(failures.map(\.ruleId)).count) failed")
            if !failures.isEmpty { throw ExitCode(1) }
        }
    }
}

/// One rule in `ward rules list --json`: its summary, and on request its examples and matching details.
struct RuleListing: Encodable {
    let entry: RuleCatalog.Entry
    let examples: Bool
    let patterns: Bool

    enum Key: String, CodingKey {
        case ruleKind, scope, owasp, triggeringExamples, nonTriggeringExamples, pattern, keywords, secretGroup, entropy, paths
    }

    func encode(to encoder: Encoder) throws {
        try RuleSummary(entry.description).encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(entry.group.rawValue, forKey: .ruleKind)
        try container.encode(entry.scope, forKey: .scope)
        try container.encode(entry.description.owasp, forKey: .owasp)
        if examples {
            try container.encode(entry.description.triggeringExamples, forKey: .triggeringExamples)
            try container.encode(entry.description.nonTriggeringExamples, forKey: .nonTriggeringExamples)
        }
        if patterns, let rule = entry.secretRule {
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
    let entry: RuleCatalog.Entry

    var text: String {
        let d = entry.description
        let rule = entry.secretRule
        var out = "\(d.title)\n\(String(repeating: "=", count: d.title.count))\n\n"
        out += "id:         \(d.id)\n"
        out += "severity:   \(d.severity.rawValue)\n"
        out += "confidence: \(d.confidence.rawValue)\n"
        out += "kind:       \(entry.group.rawValue)\n"
        out += "cwe:        \(d.cwe.map { "CWE-\($0)" }.joined(separator: ", "))\n"
        if !d.owasp.isEmpty { out += "owasp:      \(d.owasp.joined(separator: ", "))\n" }
        if rule == nil && !entry.scope.isEmpty { out += "applies to: \(entry.scope.joined(separator: ", "))\n" }
        if !d.tags.isEmpty { out += "tags:       \(d.tags.joined(separator: ", "))\n" }
        if let rule, !rule.keywords.isEmpty { out += "keywords:   \(rule.keywords.joined(separator: ", "))\n" }
        if let entropy = rule?.entropy { out += "entropy:    at least \(entropy) bits per character\n" }
        out += "\nWhat it finds and why it matters\n  \(d.summary)\n"
        out += "\nHow to fix\n  \(d.remediation)\n"
        if !d.triggeringExamples.isEmpty {
            out += rule == nil ? "\nReported (↓ marks where)\n" : "\nReported (examples are generated, not real secrets)\n"
            for example in d.triggeringExamples { out += indent(rule == nil ? example.code : example.text) }
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

    /// Each rule with the path its examples are scanned under when they name none.
    static func run(_ rules: [(RuleDescription, String)], scanner: any FileScanner) throws(InputError) -> [Failure] {
        var failures: [Failure] = []
        for (rule, fallbackPath) in rules {
            for example in rule.triggeringExamples {
                let found = scanner.scan(text: example.text, path: example.path ?? fallbackPath).filter { $0.ruleId == rule.id }
                let expected = example.markedPositions.map { "\($0.line):\($0.column)" }.sorted()
                let reported = found.compactMap { $0.location.map { "\($0.startLine):\($0.startColumn)" } }.sorted()
                if found.isEmpty {
                    failures.append(Failure(ruleId: rule.id, message: "misses its example \(example.text.debugDescription)"))
                } else if !expected.isEmpty && expected != reported {
                    failures.append(Failure(ruleId: rule.id, message: "reports \(reported) instead of \(expected) in \(example.text.debugDescription)"))
                }
            }
            for example in rule.nonTriggeringExamples
            where scanner.scan(text: example.text, path: example.path ?? fallbackPath).contains(where: { $0.ruleId == rule.id }) {
                failures.append(Failure(ruleId: rule.id, message: "flags its non-matching example \(example.text.debugDescription)"))
            }
        }
        return failures
    }
}
