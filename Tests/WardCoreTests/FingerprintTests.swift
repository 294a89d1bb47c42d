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
