import Testing
@testable import WardCode

/// Prefilter keywords derived from regexes must be literals every match contains.
@Suite struct RequiredLiteralsTests {
    @Test func alternationInsideAGroupGivesEachBranch() {
        #expect(RequiredLiterals.of(#"\.\K(?<SINK>execute|raw)\("#) == ["execute", "raw"])
        #expect(RequiredLiterals.of(#"\bos\.(system|popen)\("#) == ["popen", "system"])
    }

    @Test func topLevelAlternationNeedsALiteralInEveryBranch() {
        #expect(RequiredLiterals.of("(?i)Foo|bar") == ["bar", "foo"])
        #expect(RequiredLiterals.of("foo|[a-z]+") == nil)
    }

    @Test func optionalPartsAndEscapesAreNotRequired() {
        #expect(RequiredLiterals.of("ab?c") == ["a"])
        #expect(RequiredLiterals.of(#"x\x41yz"#) == ["yz"])
        #expect(RequiredLiterals.of("(?:secret)?token") == ["token"])
        #expect(RequiredLiterals.of(#"(?=password)\w+"#) == nil)
    }

    @Test func keywordsOfAClausePreferTheLongestRequiredLiteral() throws {
        let rules = try PatternRuleParser.parse(yaml: """
            rules:
              - id: k
                title: t
                message: m
                severity: low
                languages: [go]
                patterns:
                  - pattern-regex: 'rand\\.\\w+\\('
                  - pattern-inside: '(?s)"math/rand".*'
            """, path: "k.yml")
        #expect(rules.first?.keywords == ["\"math/rand\""])
    }
}
