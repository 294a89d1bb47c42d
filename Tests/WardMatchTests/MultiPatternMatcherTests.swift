import Testing
@testable import WardMatch

@Suite struct MultiPatternMatcherTests {
    func matches(_ patterns: [PatternSpec], _ text: String) throws -> [(Int, String)] {
        let matcher = try MultiPatternMatcher(patterns: patterns)
        let session = matcher.makeSession()
        var found: [(Int, String)] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            session.scan(raw) { match in
                let group = match.groups.count > 1 ? match.groups[1] ?? match.range : match.range
                found.append((match.pattern, String(decoding: bytes[group], as: UTF8.self)))
            }
        }
        return found
    }

    @Test func confirmsEveryMatchOfEveryPatternWithGroups() throws {
        let text = "one\nkey=AKIA1111\nfiller\nkey=AKIA2222 and token_abc\n"
        let found = try matches([
            PatternSpec(expression: #"key=(AKIA\d{4})"#),
            PatternSpec(expression: #"token_[a-z]+"#),
        ], text)
        #expect(found.map(\.1) == ["AKIA1111", "AKIA2222", "token_abc"])
        #expect(found.map(\.0) == [0, 0, 1])
    }

    @Test func windowsCoverMatchesSpanningLinesAndWholeFilePatterns() throws {
        let text = "a\nBEGIN\nline1\nline2\nline3\nline4\nline5\nEND\nz"
        let found = try matches([PatternSpec(expression: #"BEGIN\n([\s\S]*?)\nEND"#, window: .wholeFile)], text)
        #expect(found.map(\.1) == ["line1\nline2\nline3\nline4\nline5"])
    }

    @Test func patternsVectorscanRejectsFallBackToPCRE2() throws {
        // Branch reset groups are beyond Vectorscan even in prefilter mode.
        let spec = PatternSpec(expression: #"pw=(?|(a)a{3}|(b)b{3})x"#, keywords: ["pw="])
        let matcher = try MultiPatternMatcher(patterns: [spec, PatternSpec(expression: "plain")])
        #expect(matcher.fallbackPatterns == [0])
        let found = try matches([spec, PatternSpec(expression: "plain")], "pw=aaaax plain pw=abcdx pw=bbbbx")
        #expect(found.map(\.1) == ["a", "b", "plain"])
    }

    @Test func invalidPatternNamesItsIndex() {
        #expect(throws: IndexedPatternError.self) { try MultiPatternMatcher(patterns: [PatternSpec(expression: "ok"), PatternSpec(expression: "(unclosed")]) }
        do {
            _ = try MultiPatternMatcher(patterns: [PatternSpec(expression: "ok"), PatternSpec(expression: "(unclosed")])
        } catch {
            #expect(error.index == 1)
            #expect(error.error.offset == 9)
        }
    }

    @Test func catastrophicBacktrackingIsCutOffNotHung() throws {
        let found = try matches([PatternSpec(expression: #"(a+)+b"#, window: .wholeFile)], String(repeating: "a", count: 5000))
        #expect(found.isEmpty)
    }

    @Test func entropyOfRandomAndRepetitiveText() {
        #expect(Entropy.shannon("aaaaaaaa") == 0)
        #expect(abs(Entropy.shannon("abcd") - 2) < 1e-9)
        #expect(Entropy.shannon("4Fq9xZ2LmP0sTb7Vw1Ny") > 4)
    }
}
