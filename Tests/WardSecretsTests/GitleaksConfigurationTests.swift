import Foundation
import Testing
import WardCore
import WardMatch
@testable import WardSecrets

/// The gitleaks importer against gitleaks' real default configuration and hand-made files: rules load
/// and compile, find generated secrets, allowlists suppress exactly what they name, errors point at lines.
@Suite struct GitleaksConfigurationTests {
    struct FixtureMissing: Error { var name: String }

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "toml", subdirectory: "Fixtures/gitleaks") else {
            throw FixtureMissing(name: name)
        }
        return url.path
    }

    static func load(_ name: String) throws -> GitleaksConfiguration {
        try GitleaksConfiguration.load(path: fixture(name))
    }

    static func scanner(_ name: String) throws -> SecretScanner {
        let configuration = try load(name)
        return try SecretScanner(rules: configuration.rules, allowlists: configuration.allowlists)
    }

    static func ruleIds(_ scanner: SecretScanner, _ text: String, path: String = "src/app.txt") -> [String] {
        scanner.scan(text: text, path: path).map(\.ruleId).sorted()
    }

    /// The error loading `name` gives, recorded as a failure when there is none.
    static func loadError(_ name: String) throws -> InputError? {
        let path = try fixture(name)
        do {
            _ = try GitleaksConfiguration.load(path: path)
        } catch {
            return error
        }
        Issue.record("\(name) loaded without an error")
        return nil
    }

    static func error(toml: String) -> InputError? {
        do {
            _ = try GitleaksConfiguration(toml: toml, path: "inline.toml")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - gitleaks' default configuration

    static let defaultResult = Result { try load("gitleaks-default") }
    static let defaultScannerResult = Result {
        try SecretScanner(rules: defaultResult.get().rules, allowlists: defaultResult.get().allowlists)
    }

    @Test func defaultConfigurationLoadsOneRulePerRulesTable() throws {
        let defaults = try Self.defaultResult.get()
        let text = try String(contentsOfFile: Self.fixture("gitleaks-default"), encoding: .utf8)
        let headers = text.split(separator: "\n").filter { $0 == "[[rules]]" }.count
        #expect(headers == 209)
        #expect(defaults.rules.count == headers)
        #expect(defaults.title == "gitleaks config")
        #expect(defaults.allowlists.count == 1)
        #expect(!defaults.extendsDefault && defaults.warnings.isEmpty)
        #expect(defaults.rules.allSatisfy { RuleDescription.isValidIdentifier($0.id) })
        #expect(Set(defaults.rules.map(\.id)).count == headers)
    }

    @Test func everyDefaultRuleCompiles() throws {
        let scanner = try Self.defaultScannerResult.get()
        #expect(scanner.secretRules.count == 209)
        let fallback = scanner.fallbackRuleIds
        print("gitleaks default configuration: \(fallback.count) of 209 rules fall back from Vectorscan to PCRE2: \(fallback)")
    }

    @Test func defaultRuleFieldsAreTranslated() throws {
        let rules = try Dictionary(uniqueKeysWithValues: Self.defaultResult.get().rules.map { ($0.id, $0) })
        let pat = try #require(rules["github-pat"])
        #expect(pat.description.title == "Uncovered a GitHub Personal Access Token")
        #expect(pat.description.severity == .high && pat.keywords == ["ghp_"] && pat.secretGroup == 0)
        #expect(pat.allowlists.count == 1)
        let generic = try #require(rules["generic-api-key"])
        #expect(generic.priority == 0 && generic.allowlists.count == 4 && generic.secretGroup == 1)
        #expect(generic.allowlists.contains { $0.requiresAll && $0.regexTarget == .line })
        #expect(try #require(rules["private-key"]).window == .wholeFile)
        #expect(try #require(rules["hashicorp-tf-password"]).allowlists.count == 1)
    }

    static let generatedSecrets: [(String, String)] = [
        ("github-pat", "GITHUB_TOKEN=ghp_\(Fake.alnum(36))"),
        ("github-fine-grained-pat", "token: github_pat_\(Fake.alnum(82))"),
        ("slack-bot-token", "SLACK_BOT_TOKEN=xoxb-\(Fake.digits(11))-\(Fake.digits(12))-\(Fake.alnum(24))"),
        ("aws-access-token", "aws_access_key_id = AKIA\(Fake.upperAlnum(16))"),
        ("gitlab-pat", "GITLAB_TOKEN=\"glpat-\(Fake.alnum(20))\""),
        ("stripe-access-token", "stripe.api_key = 'sk_live_\(Fake.alnum(24))'"),
        ("npm-access-token", "//registry.npmjs.org/:_authToken=npm_\(Fake.alnum(36))"),
        ("private-key", "key = <<EOF\n\(Fake.pem("RSA PRIVATE KEY"))\nEOF"),
    ]

    @Test(arguments: generatedSecrets)
    func importedRulesFindGeneratedSecrets(ruleId: String, text: String) throws {
        #expect(Self.ruleIds(try Self.defaultScannerResult.get(), text).contains(ruleId), "\(ruleId) on \(text)")
    }

    @Test func defaultAllowlistsAndPathsApply() throws {
        let scanner = try Self.defaultScannerResult.get()
        let pat = "GITHUB_TOKEN=ghp_\(Fake.alnum(36))"
        #expect(!Self.ruleIds(scanner, pat, path: "web/node_modules/x/index.js").contains("github-pat"))
        #expect(!Self.ruleIds(scanner, pat, path: "node_modules/@octokit/auth-token/README.md").contains("github-pat"))
        let exampleKey = "aws_access_key_id = AKIA\(Fake.upperAlnum(9))EXAMPLE"
        #expect(!Self.ruleIds(scanner, exampleKey).contains("aws-access-token"))
        let terraform = "password = \"\(Fake.lowerAlnum(14))\""
        #expect(Self.ruleIds(scanner, terraform, path: "infra/main.tf").contains("hashicorp-tf-password"))
        #expect(!Self.ruleIds(scanner, terraform, path: "infra/main.txt").contains("hashicorp-tf-password"))
        #expect(Self.ruleIds(scanner, "\u{1}binary\u{2}", path: "certs/client.p12") == ["pkcs12-file"])
        #expect(Self.ruleIds(scanner, "plain text", path: "certs/client.txt").isEmpty)
    }

    // MARK: - Allowlists

    @Test func oldStyleAllowlists() throws {
        let configuration = try Self.load("old-style")
        #expect(configuration.rules.map(\.id) == ["acme-token", "widget-key"])
        #expect(configuration.rules[0].description.severity == .critical && configuration.rules[0].keywords == ["acme_"])
        let scanner = try SecretScanner(rules: configuration.rules, allowlists: configuration.allowlists)
        let token = "API_TOKEN = \"acme_\(Fake.lowerAlnum(24))\""
        #expect(Self.ruleIds(scanner, token) == ["acme-token"])
        #expect(Self.ruleIds(scanner, token, path: "test/fixtures/app.txt").isEmpty)
        #expect(Self.ruleIds(scanner, token, path: "Cargo.lock").isEmpty)
        #expect(Self.ruleIds(scanner, "API_TOKEN = acme_\(String(repeating: "0", count: 24))").isEmpty)
        #expect(Self.ruleIds(scanner, "API_TOKEN = acme_sample\(Fake.lowerAlnum(18))").isEmpty)
        #expect(Self.ruleIds(scanner, "TEST_TOKEN = \"acme_\(Fake.lowerAlnum(24))\"").isEmpty, "match target")
        let blob = Blob(path: "app.txt", bytes: Array(token.utf8), commit: GitProvenance(
            commit: "0123456789abcdef0123456789abcdef01234567", author: "a", email: "a@example.com", date: "2024-01-01"))
        #expect(ScanEngine(scanners: [scanner], threads: 1).scan(blobs: [blob]).findings.isEmpty, "commits")
        let widget = "widget-\(Fake.hex(32))"
        #expect(Self.ruleIds(scanner, widget) == ["widget-key"])
        #expect(Self.ruleIds(scanner, "\(widget) # not-a-secret").isEmpty, "line target")
        #expect(Self.ruleIds(scanner, "widget-\(String(repeating: "a", count: 32))").isEmpty, "entropy")
    }

    @Test func newStyleAllowlists() throws {
        let scanner = try Self.scanner("new-style")
        let example = "token: acme_example\(Fake.lowerAlnum(17))"
        #expect(Self.ruleIds(scanner, example, path: "docs/README.md").isEmpty, "AND: path and regex")
        #expect(Self.ruleIds(scanner, example, path: "src/app.txt") == ["acme-token"], "AND: regex alone")
        let real = "token: acme_\(Fake.lowerAlnum(24))"
        #expect(Self.ruleIds(scanner, real, path: "docs/README.md") == ["acme-token"], "AND: path alone")
        #expect(Self.ruleIds(scanner, "\(real) // ward-fixture:ignore").isEmpty)
        #expect(Self.ruleIds(scanner, "token: acme_dummy\(Fake.lowerAlnum(19))").isEmpty)
        let widget = "widget-\(Fake.hex(32))"
        #expect(Self.ruleIds(scanner, widget, path: "vendor/lib/widget.c").isEmpty, "targetRules")
        #expect(Self.ruleIds(scanner, widget, path: "src/widget.c") == ["widget-key"])
        #expect(Self.ruleIds(scanner, real, path: "vendor/lib/widget.c") == ["acme-token"], "other rules untouched")
    }

    @Test func pathRules() throws {
        let scanner = try Self.scanner("path-rules")
        let password = "password = \"\(Fake.alnum(16))\""
        #expect(Self.ruleIds(scanner, password, path: "infra/main.tf") == ["terraform-password"])
        #expect(Self.ruleIds(scanner, password, path: "infra/main.py").isEmpty)
        let flagged = scanner.scan(text: "anything\nat all", path: "app/release.keystore")
        #expect(flagged.map(\.ruleId) == ["keystore-file"] && flagged.first?.location?.startLine == 1)
        #expect(Self.ruleIds(scanner, "anything", path: "app/keystore.txt").isEmpty)
        let quoted = try GitleaksConfiguration(toml: "[[rules]]\nid = \"q\"\nregex = 'q_[0-9]{6}'\npath = '\\Q.env'", path: "inline.toml")
        let literalPath = try SecretScanner(rules: quoted.rules)
        #expect(Self.ruleIds(literalPath, "q_\(Fake.digits(6))", path: "app/.env") == ["q"])
        #expect(Self.ruleIds(literalPath, "q_\(Fake.digits(6))", path: "app/xenv").isEmpty, "an open \\Q in `path`")
    }

    // MARK: - Extending

    @Test func extendDefaultReportsWhatTheCallerMerges() throws {
        let configuration = try Self.load("extend-default")
        #expect(configuration.extendsDefault && configuration.disabledRuleIds == ["generic-credential-assignment"])
        #expect(configuration.rules.map(\.id) == ["acme-token"])
        #expect(configuration.allowlistsByRuleId.keys.sorted() == ["aws-access-key-id", "github-personal-access-token"])
        let builtIn = [
            SecretRule(id: "aws-access-key-id", title: "AWS key", summary: "", severity: .high, remediation: "",
                       keywords: ["akia"], pattern: #"\b(AKIA[A-Z0-9]{16})\b"#, triggering: []),
            SecretRule(id: "github-personal-access-token", title: "GitHub PAT", summary: "", severity: .high, remediation: "",
                       keywords: ["ghp_"], pattern: #"\b(ghp_[A-Za-z0-9]{36})\b"#, triggering: []),
            SecretRule(id: "generic-credential-assignment", title: "Generic", summary: "", severity: .medium, remediation: "",
                       keywords: ["token"], pattern: #"token\s*=\s*(\S{8,})"#, triggering: []),
        ]
        let merged = configuration.rules(mergedWith: builtIn)
        #expect(merged.map(\.id) == ["aws-access-key-id", "github-personal-access-token", "acme-token"])
        let scanner = try SecretScanner(rules: merged, allowlists: configuration.allowlists)
        let pat = "token = ghp_\(Fake.alnum(36))"
        #expect(Self.ruleIds(scanner, pat) == ["github-personal-access-token"])
        #expect(Self.ruleIds(scanner, pat, path: "pkg/testdata/fixture.txt").isEmpty)
        #expect(Self.ruleIds(scanner, "key: AKIA\(Fake.upperAlnum(16))") == ["aws-access-key-id"])
        #expect(Self.ruleIds(scanner, "key: AKIA\(Fake.upperAlnum(9))EXAMPLE").isEmpty)
        #expect(configuration.rules(mergedWith: []).map(\.id) == ["acme-token"])
    }

    @Test func extendPathMergesRuleByRule() throws {
        let configuration = try Self.load("extend-path")
        #expect(configuration.rules.map(\.id) == ["base-override", "own-rule"])
        #expect(configuration.title == "base configuration")
        #expect(configuration.extendsDefault && configuration.disabledRuleIds == ["base-disabled", "private-key-rsa"])
        let rule = configuration.rules[0]
        #expect(rule.pattern == #"\b(basetok_[a-z0-9]{20})\b"#)
        #expect(rule.entropy == 3.0.nextUp && rule.description.tags == ["base"] && rule.description.title == "Base token")
        let scanner = try SecretScanner(rules: configuration.rules, allowlists: configuration.allowlists)
        let token = "basetok_\(Fake.lowerAlnum(20))"
        #expect(Self.ruleIds(scanner, token) == ["base-override"])
        #expect(Self.ruleIds(scanner, token, path: "third_party/x.txt").isEmpty, "the base file's global allowlist")
        #expect(Self.ruleIds(scanner, "basetok_local\(Fake.lowerAlnum(15))").isEmpty, "the overriding rule's allowlist")
        #expect(Self.ruleIds(scanner, "basetok_\(String(repeating: "ab", count: 10))").isEmpty, "the overriding rule's entropy")
    }

    @Test func extendCycleIsAnError() throws {
        let error = try #require(try Self.loadError("extend-cycle-a"))
        #expect(error.description.contains("extend-cycle-b.toml:2: [extend] path './extend-cycle-a.toml' leads back"))
    }

    // MARK: - Errors

    @Test(arguments: [
        ("broken-syntax", 5, "invalid TOML"),
        ("broken-regex", 10, "rule 'unbalanced-rule': `regex` invalid pattern"),
        ("broken-type", 6, "rule 'acme-token': `entropy` must be a number, not a string"),
        ("broken-missing-id", 7, "rule without an `id`"),
    ])
    func brokenFilesNameTheFileAndLine(name: String, line: Int, message: String) throws {
        let error = try #require(try Self.loadError(name))
        #expect(error.line == line)
        #expect(error.description.hasPrefix(try Self.fixture(name) + ":\(line)"), "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    @Test(arguments: [
        ("[[rules]]\nid = \"x\"\nregex = 'x'\n[[rules.allowlists]]\nregexTarget = \"secrets\"\nregexes = ['a']", 5, "regexTarget"),
        ("[[rules]]\nid = \"x\"\nregex = 'x'\n[rules.allowlist]\ncondition = \"XOR\"\nregexes = ['a']", 5, "condition"),
        ("[[rules]]\nid = \"x\"\nregex = '(x)'\nsecretGroup = 2", 4, "secretGroup"),
        ("[[rules]]\nid = \"x\"\nkeywords = \"x\"\nregex = 'x'", 3, "array of strings"),
        ("[[rules]]\nid = \"x\"\ndescription = \"only\"", 2, "neither `regex` nor `path`"),
        ("[[rules]]\nid = \"x\"\nregex = 'x'\n[[allowlists]]\ntargetRules = [\"y\"]\npaths = ['a']", 4, "'y'"),
        ("[[rules]]\nid = \"x\"\nregex = 'x'\n[[rules.allowlists]]\ndescription = \"empty\"", 4, "at least one"),
        ("[extend]\nuseDefault = true\npath = \"other.toml\"", 3, "not both"),
        ("[extend]\npath = \"does-not-exist.toml\"", 2, "cannot open"),
        ("title = \"x\"\n\u{0}", 2, "NUL"),
        ("title = \"crlf\"\r\n\r\n[[rules]]\r\nid = \"x\"\r\nentropy = true\r\nregex = 'x'", 5, "`entropy` must be a number"),
    ])
    func invalidFieldsAreErrors(toml: String, line: Int, message: String) throws {
        let error = try #require(Self.error(toml: toml))
        #expect(error.path == "inline.toml" && error.line == line, "\(error)")
        #expect(error.description.contains(message), "\(error)")
    }

    @Test func hostileInputIsAnErrorNotACrash() throws {
        #expect(Self.error(toml: "a = " + String(repeating: "[", count: 100_000)) != nil)
        #expect(Self.error(toml: "a = " + String(repeating: "{b = ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)) != nil)
        _ = Self.error(toml: "[" + String(repeating: "a.", count: 10_000) + "a]\nb = 1")
        _ = Self.error(toml: String(repeating: "a.", count: 10_000) + "a = 1")
        #expect(Self.error(toml: String(repeating: "# padding\n", count: GitleaksConfiguration.maximumSize / 10 + 1)) != nil)
        var garbage = Fake.string(4096, from: "\u{1}\u{7f}{}[]=\"'\\é\n").utf8.map { $0 }
        garbage += (0...255).map(UInt8.init)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ward-gitleaks-\(UUID()).toml").path
        FileManager.default.createFile(atPath: path, contents: Data(garbage))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputError.self) { try GitleaksConfiguration.load(path: path) }
    }

    @Test func unknownKeysAndOtherSpellingsAreTolerated() throws {
        let toml = """
            minVersion = "v8.25.0"
            [meta]
            owner = "security"
            [[rules]]
            ID = "Spelled_Differently"
            Regex = '''sd_(\\p{L}+)_([0-9]{6})'''
            SecretGroup = 2
            color = "blue"
            """
        let configuration = try GitleaksConfiguration(toml: toml, path: "inline.toml")
        #expect(configuration.rules.map(\.id) == ["spelled-differently"] && configuration.rules[0].secretGroup == 2)
    }

    @Test func compositeAndReportlessRulesAreImportedWithWarnings() throws {
        let toml = """
            [[rules]]
            id = "pair-secret"
            regex = '''secret_[0-9]{8}'''
            skipReport = true
            [[rules]]
            id = "pair-key"
            regex = '''key_[0-9]{8}'''
            [[rules.required]]
            id = "pair-secret"
            withinLines = 3
            """
        let configuration = try GitleaksConfiguration(toml: toml, path: "inline.toml")
        #expect(configuration.rules.map(\.id) == ["pair-key"])
        #expect(configuration.warnings.count == 2, "\(configuration.warnings)")
    }

    // MARK: - RE2 to PCRE2

    @Test(arguments: [
        (#"a\vb"#, #"a\x0Bb"#),
        (#"x{,3}"#, #"x\{,3}"#),
        ("café+", #"caf(?:\xC3\xA9)+"#),
        (#"caf\x{E9}"#, #"caf(?:\xC3\xA9)"#),
        (#"\x{20AC}\x41"#, #"(?:\xE2\x82\xAC)\x41"#),
        ("[é{,]", "[é{,]"),
        (#"[]a][[:alpha:]]\Q{,é\E"#, #"[]a][[:alpha:]]\Q{,é\E"#),
        (#"(?i)\bghp_[0-9a-z]{36}\z"#, #"(?i)\bghp_[0-9a-z]{36}\z"#),
    ])
    func regexTranslation(re2: String, pcre2: String) {
        #expect(GitleaksRegex.translate(re2) == pcre2)
    }

    @Test func multiLinePatternsSearchTheWholeFile() {
        #expect(GitleaksRegex.spansLines(#"BEGIN[\s\S]{64,}?END"#) && GitleaksRegex.spansLines(#"(?is:a.b)"#))
        #expect(GitleaksRegex.spansLines(#"kind:(?:.|\s){0,200}data"#))
        #expect(!GitleaksRegex.spansLines(#"(?i)[\w.-]{0,50}?(?-i:key)\s*=\s*(\S+)(?:\\[nr]|$)"#))
    }
}
