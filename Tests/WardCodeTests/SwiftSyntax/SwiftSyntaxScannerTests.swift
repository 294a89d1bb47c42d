import Foundation
import Testing
import WardCore
@testable import WardCode

/// The scanner around the rules: one parse per file, broken and hostile input, redaction, registry checks.
@Suite struct SwiftSyntaxScannerTests {
    /// Scans `text` with a fresh worker and returns the findings and how many parses it took.
    static func scanCountingParses(_ text: String, path: String = "App/Login.swift") throws -> (findings: [Finding], parses: Int) {
        let scanner = try SwiftSyntaxScanner()
        let worker = try #require(scanner.makeWorker() as? SwiftSyntaxScanWorker)
        let findings = Array(text.utf8).withUnsafeBytes { worker.scan(SourceFile(path: path, bytes: $0)) }
        return (findings, worker.parseCount)
    }

    @Test func oneParseServesEveryRule() throws {
        let source = """
        func save(password: String) {
            UserDefaults.standard.set(password, forKey: "password")
            print("saved \\(password)")
            let url = URL(string: "http://bank.example.com/api")
        }
        """
        let (findings, parses) = try Self.scanCountingParses(source)
        #expect(parses == 1)
        #expect(findings.map(\.ruleId) == ["swift-userdefaults-credential", "swift-credential-logging", "swift-cleartext-http-url"])
        let logging = try #require(findings.first { $0.ruleId == "swift-credential-logging" })
        #expect(logging.location == Location(path: "App/Login.swift", startLine: 3, startColumn: 20, endLine: 3, endColumn: 28, snippet: "print(\"saved \\(password)\")"))
        #expect(logging.severity == .medium && logging.kind == .code && logging.tool == "ward" && logging.cwe == [532, 312])
    }

    @Test func otherFilesAreNotParsed() throws {
        let (findings, parses) = try Self.scanCountingParses("UserDefaults.standard.set(password, forKey: \"password\")", path: "notes.txt")
        #expect(findings.isEmpty)
        #expect(parses == 0)
    }

    @Test func validPartsOfABrokenFileAreStillChecked() throws {
        let source = """
        import Foundation
        func broken( {
            let values = [1, 2
        }
        func store(password: String) {
            UserDefaults.standard.set(password, forKey: "password")
        }
        class Half {
            func leak() { NSLog("%@", token)
        """
        let (findings, parses) = try Self.scanCountingParses(source)
        #expect(parses == 1)
        let places = findings.map { "\($0.ruleId)@\($0.location?.startLine ?? 0):\($0.location?.startColumn ?? 0)" }
        #expect(places == ["swift-userdefaults-credential@6:5", "swift-credential-logging@9:31"])
    }

    @Test func hostileInputNeverCrashes() throws {
        let deep = String(repeating: "(", count: 50_000) + "x" + String(repeating: ")", count: 50_000)
        let closures = String(repeating: "{ ", count: 20_000) + "print(password)"
        let binary = String(decoding: [0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x0A] as [UInt8], as: UTF8.self) + "let u = URL(string: \"http://a.example\")"
        // The comment gets each input past the prefilter, so that the parser really sees it.
        for text in [deep, closures, "", "\"unterminated", "#if\n#else", binary] {
            let (_, parses) = try Self.scanCountingParses("// kSecAttrAccessibleAlways\n" + text)
            #expect(parses == 1)
        }
        let (findings, _) = try Self.scanCountingParses(binary)
        #expect(findings.map(\.ruleId) == ["swift-cleartext-http-url"])
    }

    @Test func hardCodedKeyIsRedactedEverywhere() throws {
        let key = "example-only-not-a-real-key-0042"
        let (findings, _) = try Self.scanCountingParses("let key = SymmetricKey(data: Data(\"\(key)\".utf8))")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        let expected = RedactedSecret(secret: Array(key.utf8))
        #expect(finding.secret == expected)
        #expect(finding.location?.snippet == "let key = SymmetricKey(data: Data(\"\(expected.redacted)\".utf8))")
        let encoded = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(!encoded.contains(key))
    }

    @Test func fingerprintsSurviveLineMoves() throws {
        let line = "let url = URL(string: \"http://bank.example.com\")"
        let (first, _) = try Self.scanCountingParses(line)
        let (moved, _) = try Self.scanCountingParses("\n\n    " + line)
        #expect(first.count == 1 && moved.count == 1)
        #expect(first.first?.fingerprint == moved.first?.fingerprint)
        #expect(moved.first?.location?.startLine == 3)
    }

    @Test func duplicateRuleIdsAreRejected() {
        #expect(throws: InputError.self) { try SwiftSyntaxScanner(rules: [SwiftCleartextURLRule(), SwiftWeakHashRule(), SwiftCleartextURLRule()]) }
        #expect((try? SwiftSyntaxScanner(rules: [SwiftCleartextURLRule(), SwiftWeakHashRule()]))?.rules.count == 2)
    }

    @Test func inlineSuppressionApplies() throws {
        let scanner = try SwiftSyntaxScanner()
        let findings = scanner.scan(text: "let u = URL(string: \"http://a.example\") // ward:ignore swift-cleartext-http-url\n", path: "A.swift")
        #expect(findings.isEmpty)
    }
}
