import Testing
import WardCore

@Suite struct FingerprintTests {
    @Test func survivesReindentationButNotContentChanges() {
        let a = Fingerprint.make(ruleId: "r", path: "a.swift", content: "  let key = \"x\"")
        let b = Fingerprint.make(ruleId: "r", path: "a.swift", content: "let  key = \"x\"\t")
        let c = Fingerprint.make(ruleId: "r", path: "a.swift", content: "let key = \"y\"")
        let d = Fingerprint.make(ruleId: "r", path: "b.swift", content: "let key = \"x\"")
        #expect(a == b)
        #expect(a != c)
        #expect(a != d)
        #expect(a.count == 64)
    }

    /// Stored fingerprints must never change: the digest is SHA-256 of rule id, path, normalised content
    /// and (after the first) the occurrence number, separated by NUL.
    @Test func digestIsTheDocumentedConcatenation() {
        #expect(Fingerprint.make(ruleId: "r", path: "p.py", content: "\t a \r\n  b ") == SHA256Hex.digest(of: "r\u{0}p.py\u{0}a b"))
        #expect(Fingerprint.make(ruleId: "r", path: "p.py", content: "a b", occurrence: 12) == SHA256Hex.digest(of: "r\u{0}p.py\u{0}a b\u{0}12"))
        #expect(Fingerprint.make(ruleId: "r", path: "p", normalisedContent: "x") == Fingerprint.make(ruleId: "r", path: "p", content: " x\n"))
        #expect(Fingerprint.make(ruleId: "r", path: "p", content: "") == SHA256Hex.digest(of: "r\u{0}p\u{0}"))
    }

    @Test func normaliseCollapsesOnlyASCIIWhitespace() {
        #expect(Fingerprint.normalise("  a\t\tb \r\n c  ") == "a b c")
        #expect(Fingerprint.normalise("a b") == "a b")
        #expect(Fingerprint.normalise("") == "")
        #expect(Fingerprint.normalise(" \n\t ") == "")
        #expect(Fingerprint.normalise("é\u{00A0}🙂\n\u{2003}x") == "é\u{00A0}🙂 \u{2003}x")
    }

    @Test func redactionKeepsAPrefixAndAHashNeverTheValue() {
        let value = "sk_live_" + String(repeating: "Ab3", count: 8)
        let redacted = RedactedSecret(secret: Array(value.utf8))
        #expect(redacted.redacted.hasPrefix("sk_l…"))
        #expect(redacted.redacted.count == 4 + 1 + 8)
        #expect(!redacted.redacted.contains(String(value.dropFirst(4))))
        #expect(redacted.sha256 == SHA256Hex.digest(of: value))
        #expect(RedactedSecret(secret: Array("abc".utf8)).redacted.hasPrefix("…"))
    }

    @Test func severityParsesSynonyms() {
        #expect(Severity(parsing: "ERROR") == .high)
        #expect(Severity(parsing: "moderate") == .medium)
        #expect(Severity(parsing: "bogus") == nil)
        #expect(Severity.critical > Severity.high)
    }
}
