import Testing
import WardCore
import WardMatch
@testable import WardSecrets

@Suite struct SecretScannerTests {
    static let scanner = try! SecretScanner(rules: SecretRules.builtIn)

    @Test func aSecretLongerThanTheRuleMatchesIsRedactedToTheEndOfItsToken() throws {
        let rule = SecretRule(
            id: "short-match", title: "Short", summary: "Matches only the start of a token.", severity: .high,
            remediation: "None.", keywords: ["tok_"], pattern: "tok_[a-z]{4}", secretGroup: 0, triggering: [])
        let tail = Fake.alnum(200)
        let findings = try SecretScanner(rules: [rule]).scan(text: "value = \"tok_abcd\(tail)\"  # trailing\n", path: "a.py")
        let snippet = try #require(findings.first?.location?.snippet)
        #expect(!snippet.contains(String(tail.suffix(40))))
        #expect(!snippet.contains(String(tail.prefix(12))))
        #expect(snippet.hasSuffix("\"  # trailing"))
    }

    @Test func theSpecificRuleWinsOverTheGenericOneOnTheSameSecret() {
        let findings = Self.scanner.scan(text: "aws_secret_access_key = \"\(Fake.base64(40))\"\n", path: "a.env")
        #expect(findings.map(\.ruleId) == ["aws-secret-access-key"])
    }

    @Test func fingerprintSurvivesMovedLinesAndTellsDuplicatesApart() throws {
        let key = "AKIA" + Fake.string(16, from: Fake.upperAlphabet + "234567")
        let before = Self.scanner.scan(text: "id = \(key)\n", path: "a.env")
        let after = Self.scanner.scan(text: "# header\n\n\nid = \(key)\nid = \(key)\n", path: "a.env")
        #expect(before.count == 1 && after.count == 2)
        #expect(after[0].fingerprint == before[0].fingerprint)
        #expect(after[1].fingerprint != after[0].fingerprint)
        #expect(after[0].location?.startLine == 4)
        let elsewhere = Self.scanner.scan(text: "id = \(key)\n", path: "b.env")
        #expect(elsewhere[0].fingerprint != before[0].fingerprint)
        #expect(elsewhere[0].secret?.sha256 == before[0].secret?.sha256, "the same secret hashes the same anywhere")
    }

    @Test func allowlistTargetsStopwordsAndConditions() throws {
        let key = "AKIA" + Fake.string(16, from: Fake.upperAlphabet + "234567")
        let text = "test_key = \(key)\n"
        func scan(_ allowlist: SecretAllowlist, path: String = "src/a.env") throws -> Int {
            try SecretScanner(rules: SecretRules.aws, allowlists: [allowlist]).scan(text: text, path: path).count
        }
        #expect(try scan(SecretAllowlist(regexes: [PCRE2Regex("^AKIA")])) == 0)
        #expect(try scan(SecretAllowlist(regexes: [PCRE2Regex("^test_key")], regexTarget: .secret)) == 1)
        #expect(try scan(SecretAllowlist(regexes: [PCRE2Regex("^test_key")], regexTarget: .line)) == 0)
        #expect(try scan(SecretAllowlist(regexes: [PCRE2Regex("key = AKIA")], regexTarget: .match)) == 1, "the match starts at the key itself")
        #expect(try scan(SecretAllowlist(stopwords: [String(key.suffix(6)).lowercased()])) == 0)
        #expect(try scan(SecretAllowlist(paths: [.glob(PathPattern("test/**"))])) == 1)
        #expect(try scan(SecretAllowlist(paths: [.glob(PathPattern("test/**"))]), path: "test/x.env") == 0)
        let both = SecretAllowlist(paths: [.glob(PathPattern("test/**"))], regexes: [try PCRE2Regex("^AKIA")], requiresAll: true)
        #expect(try scan(both) == 1)
        #expect(try scan(both, path: "test/x.env") == 0)
    }

    @Test func entropyAndPlaceholdersFilterTheGenericRule() {
        let notSecrets = [
            "changeme123", "${API_TOKEN}", "<your-token>", "xxxxxxxxxxxx1", "{{ .Values.token }}", "process.env.TOKEN", "aaaaaaaa1111",
            "finding.secret?.sha256", "self.config.token2", "/run/secrets/api_token", "./certs/client-key.pem",
            "tok_\\(generated)", "ops_eyJ0eXAiOiJKV1Q...", "pässwörd-1234-geheim", "line1\\nline2secret9",
        ]
        for value in notSecrets {
            let findings = Self.scanner.scan(text: "token = \"\(value)\"\n", path: "a.js")
            #expect(findings.isEmpty, "\(value) is a placeholder")
        }
        #expect(!Self.scanner.scan(text: "token = \"\(Fake.alnum(24))7\"\n", path: "a.js").isEmpty)
    }

    @Test func rulesWithPathsOnlyApplyToThoseFiles() {
        let gradle = "storePassword \"\(Fake.alnum(14))1\"\n"
        #expect(Self.scanner.scan(text: gradle, path: "app/build.gradle").contains { $0.ruleId.hasPrefix("android-") })
        #expect(!Self.scanner.scan(text: gradle, path: "notes.md").contains { $0.ruleId.hasPrefix("android-") })
    }

    @Test func hostileInputNeitherCrashesNorHangs() {
        let huge = String(repeating: "password = \"", count: 20_000) + String(repeating: "a", count: 100_000)
        _ = Self.scanner.scan(text: huge, path: "x.txt")
        _ = Self.scanner.scan(text: String(repeating: "-----BEGIN RSA PRIVATE KEY-----\n", count: 5_000), path: "k.pem")
        let invalidUTF8 = [UInt8](repeating: 0xFF, count: 1000) + Array("aws_access_key_id = AKIA\(Fake.string(16, from: Fake.upperAlphabet))".utf8)
        let findings = ScanEngine(scanners: [Self.scanner], threads: 1).scan(blobs: [Blob(path: "bin.txt", bytes: invalidUTF8)]).findings
        #expect(findings.map(\.ruleId) == ["aws-access-key-id"])
    }
}
