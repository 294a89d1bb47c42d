import Testing
import WardCore
@testable import WardCode

/// The text every rule requires before a file is parsed: declared, sound on every example, and
/// selective enough that a file none of it occurs in is never parsed.
@Suite struct SwiftSyntaxPrefilterTests {
    static let rules = SwiftSyntaxRules.builtIn
    static let ruleIds = rules.map { type(of: $0).description.id }
    static let allExamples = rules.flatMap { type(of: $0).description.triggeringExamples + type(of: $0).description.nonTriggeringExamples }

    static func requiredText(of ruleId: String) throws -> [[RequiredText]] {
        let rule = try #require(rules.first { type(of: $0).description.id == ruleId })
        return type(of: rule).requiredText
    }

    static func unfiltered() throws -> SwiftSyntaxScanner {
        var scanner = try SwiftSyntaxScanner()
        scanner.prefiltering = false
        return scanner
    }

    @Test(arguments: ruleIds)
    func everyRuleDeclaresRequiredText(ruleId: String) throws {
        let groups = try Self.requiredText(of: ruleId)
        #expect(!groups.isEmpty, "\(ruleId) declares no required text")
        for group in groups {
            #expect(!group.isEmpty && group.allSatisfy { !$0.text.isEmpty }, "\(ruleId) has an empty group or text")
        }
    }

    @Test(arguments: ruleIds)
    func triggeringExamplesPassTheirRulesPrefilter(ruleId: String) throws {
        let groups = try Self.requiredText(of: ruleId)
        let rule = try #require(Self.rules.first { type(of: $0).description.id == ruleId })
        for example in type(of: rule).description.triggeringExamples {
            #expect(SwiftSyntaxPrefilter.matches(groups, in: example.text), "\(ruleId)'s required text misses its example: \(example.text)")
        }
    }

    /// Every rule that fires on any rule's example, parsed without the prefilter, passes its own prefilter there.
    @Test func everyFindingOnAnyExamplePassesItsRulesPrefilter() throws {
        let scanner = try Self.unfiltered()
        var checked = 0
        for example in Self.allExamples {
            for finding in scanner.scan(text: example.text, path: "Example.swift") {
                #expect(SwiftSyntaxPrefilter.matches(try Self.requiredText(of: finding.ruleId), in: example.text),
                        "\(finding.ruleId) fires but its required text is missing in: \(example.text)")
                checked += 1
            }
        }
        #expect(checked >= 50)
    }

    /// Names and keys that reach a rule only through escapes or word boundaries the prefilter must allow for.
    @Test(arguments: [
        "UserDefaults.standard.set(value, forKey: \"pass\\u{77}ord\")",
        "UserDefaults.standard.set(value, forKey: \"\\tpin\")",
        "UserDefaults.standard.set(value, forKey: #\"\\#u{70}in\"#)",
        "@AppStorage(\"\"\"\n    pass\\\n    word\n    \"\"\") var p = \"\"",
        "config.setValue(true, forKey: \"allowFile\\u{41}ccessFromFileURLs\")",
        "let myUserDefaultsx = UserDefaults.standard\nmyUserDefaultsx.set(x, forKey: \"userPIN\")",
        "print(user.apiKEY)",
        "let sessionId = lrand48()",
        "let _iv = \"abcdefghabcdefgh\"",
        "let x = `iv`.count; let `iv` = [1, 2]",
    ])
    func prefilteringNeverLosesAFinding(source: String) throws {
        let expected = try Self.unfiltered().scan(text: source, path: "A.swift").map(\.ruleId)
        #expect(!expected.isEmpty, "the case no longer fires at all: \(source)")
        #expect(try SwiftSyntaxScanner().scan(text: source, path: "A.swift").map(\.ruleId) == expected)
    }

    @Test func fileWithoutRequiredTextIsNotParsed() throws {
        let source = """
        import Foundation
        struct Spinner { var mapping: [String: Int]; var pinned = false; var ivory = "#FFFFF0" }
        func render(_ spinner: Spinner) { print(spinner.mapping.count, spinner.pinned) }
        """
        let (findings, parses) = try SwiftSyntaxScannerTests.scanCountingParses(source)
        #expect(findings.isEmpty)
        #expect(parses == 0)
    }

    @Test(arguments: [
        ("userPin", true), ("PIN_CODE", true), ("\"pin\"", true), ("PINCode", true), ("x.pin)", true), ("\\tpin", true),
        ("spinner", false), ("pinned", false), ("pin2", false), ("Xpin", false), ("épin", false),
    ])
    func wordsFollowNameSplitting(text: String, isWord: Bool) {
        let matches = SwiftSyntaxPrefilter.matches([[.word("pin")]], in: text)
        #expect(matches == isWord, "\(text)")
        // Sound: whenever name splitting finds the word, the prefilter does too.
        if SwiftNameWords.words(text).contains("pin") { #expect(matches, "\(text)") }
    }

    @Test func everyCredentialPairHasARequiredWord() {
        let required = SwiftNameWords.credentialWords.union(SwiftNameWords.credentialPairWords)
        for pair in SwiftNameWords.credentialPairs {
            #expect(pair.split(separator: " ").contains { required.contains(String($0)) }, "\(pair)")
        }
    }
}
