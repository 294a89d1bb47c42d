import Testing
import WardCore
@testable import WardCode

/// User rules from YAML text, run through the real scanner: operators, masking, paths and findings.
@Suite struct PatternEngineTests {
    static func rule(_ body: String, id: String = "test-rule", languages: String = "[python]") -> String {
        """
        rules:
          - id: \(id)
            title: Test rule
            message: "found it"
            severity: high
            confidence: high
            cwe: [78]
            owasp: ["A03:2021"]
            languages: \(languages)
        \(body)
        """
    }

    static func scan(_ yaml: String, _ text: String, path: String = "app.py") throws -> [Finding] {
        let scanner = try CodeScanner(rules: PatternRuleParser.parse(yaml: yaml, path: "rules.yml"))
        return scanner.scan(text: text, path: path).sorted(by: Finding.reportOrder)
    }

    static func lines(_ findings: [Finding]) -> [Int] { findings.compactMap { $0.location?.startLine } }

    @Test func commentsNeverTriggerAndStringsOnlyWhenMasked() throws {
        let text = "danger(1)\n# danger(2)\nx = 'danger(3)'\n"
        #expect(Self.lines(try Self.scan(Self.rule("    pattern-regex: 'danger\\('"), text)) == [1, 3])
        let masked = Self.rule("    mask-strings: true\n    pattern-regex: 'danger\\('")
        #expect(Self.lines(try Self.scan(masked, text)) == [1])
    }

    @Test func insideAndNotInsideSelectTheRegion() throws {
        let text = "def handler(req):\n    query(req)\n\ndef other():\n    query(1)\n"
        let region = #"'(?s)^def handler\(.*?(?=^\S|\z)'"#
        let inside = Self.rule("    patterns:\n      - pattern-regex: 'query\\('\n      - pattern-inside: \(region)")
        let outside = Self.rule("    patterns:\n      - pattern-regex: 'query\\('\n      - pattern-not-inside: \(region)")
        #expect(Self.lines(try Self.scan(inside, text)) == [2])
        #expect(Self.lines(try Self.scan(outside, text)) == [5])
    }

    @Test func metavariableRegexFiltersOnTheNamedGroup() throws {
        let yaml = Self.rule("""
                patterns:
                  - pattern-regex: '(?<FN>\\w+)\\.execute\\('
                  - metavariable-regex: {metavariable: $FN, regex: '^(?:cursor|cur)$'}
            """).replacingOccurrences(of: "found it", with: "$FN runs SQL")
        let findings = try Self.scan(yaml, "cursor.execute(q)\nrunner.execute(q)\n")
        #expect(Self.lines(findings) == [1])
        #expect(findings.first?.message == "cursor runs SQL")
    }

    @Test func eitherUnitesAndNotRemoves() throws {
        let yaml = Self.rule("""
                patterns:
                  - pattern-either:
                      - pattern-regex: '\\bmd5\\('
                      - pattern-regex: '\\bsha1\\('
                  - pattern-not-regex: '\\w+\\([^)]*usedforsecurity=False'
            """)
        let text = "md5(a)\nsha1(b)\nmd5(c, usedforsecurity=False)\nsha256(d)\n"
        #expect(Self.lines(try Self.scan(yaml, text)) == [1, 2])
    }

    @Test func pathsIncludeAndExclude() throws {
        let yaml = Self.rule("    paths:\n      include: [\"src/**\"]\n      exclude: [\"test_*.py\"]\n    pattern-regex: 'danger\\('")
        #expect(try Self.scan(yaml, "danger()\n", path: "src/app.py").count == 1)
        #expect(try Self.scan(yaml, "danger()\n", path: "src/test_app.py").isEmpty)
        #expect(try Self.scan(yaml, "danger()\n", path: "lib/app.py").isEmpty)
        #expect(try Self.scan(yaml, "danger()\n", path: "src/app.go").isEmpty)
    }

    @Test func findingCarriesInterpolatedMessageLocationAndFingerprint() throws {
        let yaml = Self.rule(#"    pattern-regex: '\b(run)\((?<ARG>[^)]*)\)'"#).replacingOccurrences(of: "found it", with: "call to $1 with $ARG")
        let findings = try Self.scan(yaml, "x = run(alpha,   beta)\nx = run(alpha,   beta)\n")
        #expect(findings.count == 2)
        let first = try #require(findings.first)
        #expect(first.ruleId == "test-rule")
        #expect(first.tool == "ward")
        #expect(first.kind == .code)
        #expect(first.severity == .high)
        #expect(first.confidence == .high)
        #expect(first.cwe == [78])
        #expect(first.tags == ["A03:2021", "python"])
        #expect(first.message == "call to run with alpha, beta")
        #expect(first.location == Location(path: "app.py", startLine: 1, startColumn: 5, endLine: 1, endColumn: 23, snippet: "x = run(alpha,   beta)"))
        #expect(first.fingerprint == Fingerprint.make(ruleId: "test-rule", path: "app.py", content: "run(alpha, beta)"))
        #expect(findings[1].fingerprint == Fingerprint.make(ruleId: "test-rule", path: "app.py", content: "run(alpha, beta)", occurrence: 1))
    }

    @Test func secretGroupIsRedactedEverywhere() throws {
        let value = "abcdefghijklmnop"
        let yaml = Self.rule("    secret: SECRET\n    pattern-regex: 'key = \"(?<SECRET>[^\"]+)\"'")
            .replacingOccurrences(of: "found it", with: "literal key $SECRET")
        let finding = try #require(try Self.scan(yaml, "key = \"\(value)\"\n").first)
        let secret = RedactedSecret(secret: Array(value.utf8))
        #expect(finding.secret == secret)
        #expect(finding.message == "literal key \(secret.redacted)")
        #expect(finding.location?.snippet == "key = \"\(secret.redacted)\"")
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "test-rule", path: "app.py", content: "key = \"\(secret.redacted)\""))
    }

    @Test func duplicateIdsAcrossRuleSetsAreRejected() throws {
        let first = try PatternRuleParser.parse(yaml: Self.rule("    pattern-regex: 'a\\('"), path: "one.yml")
        let second = try PatternRuleParser.parse(yaml: Self.rule("    pattern-regex: 'b\\('"), path: "two.yml")
        #expect(throws: InputError.self) { try CodeScanner(rules: first + second) }
    }

    @Test func hostileInputStaysBounded() throws {
        let yaml = Self.rule("    pattern-regex: '(a+)+\\$'")
        let text = String(repeating: "a", count: 5_000) + "!\n"
        #expect(try Self.scan(yaml, text).isEmpty)
    }

    @Test func builtInPacksHoldTheExpectedRuleCounts() {
        func count(_ prefix: String) -> Int { CodeRules.builtIn.filter { $0.id.hasPrefix(prefix + "-") }.count }
        #expect(count("python") == 33)
        #expect(count("js") == 30)
        #expect(count("go") == 24)
        #expect(count("java") == 31)
        #expect(count("python") + count("js") + count("go") + count("java") >= 80)
    }
}
