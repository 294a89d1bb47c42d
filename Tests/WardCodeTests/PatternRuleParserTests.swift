import Foundation
import Testing
import WardCore
@testable import WardCode

/// Invalid rule files are clear errors naming the file and the line, never a crash.
@Suite struct PatternRuleParserTests {
    static let valid = """
        rules:
          - id: demo-rule
            title: Demo
            message: "demo $1"
            severity: medium
            languages: [python, go]
            pattern-regex: 'demo\\((\\w+)\\)'
            examples:
              trigger: ["↓demo(x)"]
              pass: [{code: "other(x)", path: "a.go"}]
        """

    func failure(_ yaml: String) -> InputError? {
        do {
            _ = try PatternRuleParser.parse(yaml: yaml, path: "custom.yml")
            return nil
        } catch {
            return error
        }
    }

    @Test func validRuleIsParsedIntoItsDescription() throws {
        let rule = try #require(try PatternRuleParser.parse(yaml: Self.valid, path: "custom.yml").first)
        #expect(rule.id == "demo-rule")
        #expect(rule.languages == [.python, .go])
        #expect(rule.description.severity == .medium)
        #expect(rule.description.confidence == .medium)
        #expect(rule.description.kind == .code)
        #expect(rule.description.summary == "demo $1")
        #expect(rule.description.triggeringExamples == [Example("↓demo(x)")])
        #expect(rule.description.nonTriggeringExamples == [Example("other(x)", path: "a.go")])
        #expect(rule.keywords == ["demo("])
        #expect(rule.examplePath == "example.py")
    }

    @Test func badYAMLNamesTheLine() throws {
        let error = try #require(failure("rules:\n  - id: a\n    title: [unclosed\n"))
        #expect(error.path == "custom.yml")
        #expect(error.line != nil)
        #expect(error.message.hasPrefix("invalid YAML"))
    }

    @Test func unknownKeyNamesItsLine() throws {
        let yaml = Self.valid.replacingOccurrences(of: "    pattern-regex:", with: "    patern-regex: 'x'\n    pattern-regex:")
        let error = try #require(failure(yaml))
        #expect(error.line == 7)
        #expect(error.description == "custom.yml:7: rule 'demo-rule': unknown key 'patern-regex'")
    }

    @Test func badRegexNamesItsLine() throws {
        let error = try #require(failure(Self.valid.replacingOccurrences(of: "'demo\\((\\w+)\\)'", with: "'demo(('")))
        #expect(error.line == 7)
        #expect(error.message.contains("bad regex 'demo(('"))
    }

    @Test func missingFieldNamesTheRule() throws {
        let error = try #require(failure(Self.valid.replacingOccurrences(of: "    severity: medium\n", with: "")))
        #expect(error.line == 2)
        #expect(error.message == "rule 'demo-rule': missing 'severity'")
    }

    @Test func unknownMetavariableIsRejected() throws {
        let error = try #require(failure(Self.valid.replacingOccurrences(of: "demo $1", with: "demo $NOPE")))
        #expect(error.message == "rule 'demo-rule': metavariable $NOPE is not a group of any pattern")
    }

    @Test func duplicateIdInOneFileIsRejected() throws {
        let rule = Self.valid.components(separatedBy: "rules:\n")[1]
        let error = try #require(failure("rules:\n" + rule + "\n" + rule))
        #expect(error.message.contains("duplicate rule id 'demo-rule'"))
    }

    @Test func otherShapeErrors() throws {
        #expect(failure(Self.valid.replacingOccurrences(of: "demo-rule", with: "Demo_Rule"))?.message == "rule id 'Demo_Rule' is not kebab-case")
        #expect(failure(Self.valid.replacingOccurrences(of: "[python, go]", with: "[cobol]"))?.message == "rule 'demo-rule': unknown language 'cobol'")
        #expect(failure(Self.valid.replacingOccurrences(of: "severity: medium", with: "severity: urgent"))?.line == 5)
        #expect(failure("rules: {}\n")?.message == "'rules' must be a list")
        #expect(failure("other: []\n")?.message == "unknown top-level key 'other' (expected 'rules')")
    }
}

/// Rules directories: every YAML file is loaded, and ids stay unique across files.
@Suite struct RulesDirectoryTests {
    @Test func loadsEveryRuleFileAndRejectsDuplicates() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-rules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try PatternRuleParserTests.valid.write(toFile: directory + "/a.yml", atomically: true, encoding: .utf8)
        try "not rules".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        #expect(try CodeRules.load(directory: directory).map(\.id) == ["demo-rule"])
        try PatternRuleParserTests.valid.write(toFile: directory + "/b.yaml", atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try CodeRules.load(directory: directory) }
        #expect(throws: InputError.self) { try CodeRules.load(directory: directory + "/missing") }
    }
}
