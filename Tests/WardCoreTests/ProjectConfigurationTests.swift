import Testing
import WardCore

@Suite struct ProjectConfigurationTests {
    @Test func readsEverySection() throws {
        let configuration = try ProjectConfiguration.parse("""
            version: 1
            scan:
              include: ["src/**"]
              exclude: [vendor]
              max-file-size: 2MB
              gitignore: false
              fail-on: medium
              baseline: .ward-baseline.json
            secrets:
              personal-data: false
              disabled-rules: [pii-iban]
              severity: {generic-credential-assignment: low}
              allowlist:
                paths: [test/**]
                regexes: ['^EXAMPLE']
                regex-target: line
                stopwords: [dummy]
                commits: [abc123]
              gitleaks-config: .gitleaks.toml
              rules:
                - id: acme-token
                  title: ACME token
                  pattern: 'acme_[a-z]{8}'
                  keywords: [ACME_]
                  severity: critical
                  secret-group: 0
                  entropy: 2.5
                  examples: {match: ["acme_abcdefgh"], no-match: ["acme_x"]}
            """, path: "ward.yml")
        #expect(configuration.scan.include == ["src/**"])
        #expect(configuration.scan.maxFileSize == 2 * 1024 * 1024)
        #expect(configuration.scan.gitignore == false)
        #expect(configuration.scan.failOn == .medium)
        #expect(configuration.secrets.personalData == false)
        #expect(configuration.secrets.severity["generic-credential-assignment"] == .low)
        #expect(configuration.secrets.allowlist.regexTarget == "line")
        #expect(configuration.secrets.allowlist.commits == ["abc123"])
        let rule = try #require(configuration.secrets.rules.first)
        #expect(rule.keywords == ["acme_"])
        #expect(rule.secretGroup == 0)
        #expect(rule.entropy == 2.5)
        #expect(rule.triggeringExamples == ["acme_abcdefgh"])
        #expect(configuration.line(of: "secrets.rules.0.pattern") == 23)
    }

    @Test func emptyFileMeansDefaults() throws {
        let configuration = try ProjectConfiguration.parse("# nothing here\n", path: "ward.yml")
        #expect(configuration.secrets.personalData)
        #expect(configuration.scan.failOn == nil)
    }

    @Test(arguments: [
        ("version: 2\n", 1, "unsupported configuration version"),
        ("scan: [1, 2]\n", 1, "must be a mapping"),
        ("scan:\n  fail-on: severe\n", 2, "must be one of"),
        ("scan:\n  max-file-size: lots\n", 2, "must be a size"),
        ("scan:\n  max-file-size: 5GB\n", 2, "cannot exceed"),
        ("secrets:\n  rules:\n    - id: Bad_Id\n      pattern: x\n", 3, "kebab-case"),
        ("secrets:\n  rules:\n    - title: no id\n", 3, "needs an id"),
        ("secrets:\n  allowlist:\n    regex-target: everything\n", 3, "regex-target"),
        ("scan:\n  include: src\n", 2, "list of strings"),
        ("scan:\n  fail-on: high\n  fail-on: low\n", 3, "duplicate key"),
        ("\tscan: {\n", 1, "invalid YAML"),
    ])
    func errorsNameTheLine(text: String, line: Int, message: String) {
        do {
            _ = try ProjectConfiguration.parse(text, path: "ward.yml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.path == "ward.yml")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func sizesInEveryUnit() {
        #expect(ByteSize.parse("10MB") == 10 * 1024 * 1024)
        #expect(ByteSize.parse("512 KiB") == 512 * 1024)
        #expect(ByteSize.parse("1g") == 1024 * 1024 * 1024)
        #expect(ByteSize.parse("4096") == 4096)
        #expect(ByteSize.parse("ten") == nil)
        #expect(ByteSize.parse("-1MB") == nil)
    }
}

@Suite struct ComponentConfigurationTests {
    @Test func readsEveryComponentSetting() throws {
        let text = """
            components:
              dev-dependencies: false
              ignore:
                - id: GHSA-xxxx-yyyy-zzzz
                  reason: the vulnerable function is never called
              banned:
                - purl: pkg:maven/com.alibaba/fastjson@<1.2.83
                  reason: remote code execution through autoType
                - pkg:npm/event-stream
              licenses:
                deny: [AGPL-3.0-only]
              vex: [security/vex.json]
            """
        let settings = try ProjectConfiguration.parse(text, path: "ward.yml").components
        #expect(!settings.devDependencies)
        #expect(settings.ignore == [IgnoredAdvisory(id: "GHSA-xxxx-yyyy-zzzz", reason: "the vulnerable function is never called")])
        #expect(settings.banned == [
            ComponentRule(purl: "pkg:maven/com.alibaba/fastjson@<1.2.83", reason: "remote code execution through autoType"),
            ComponentRule(purl: "pkg:npm/event-stream"),
        ])
        #expect(settings.licenses.deny == ["AGPL-3.0-only"])
        #expect(settings.vex == ["security/vex.json"])
    }

    @Test func namesTheLineOfABadEntry() {
        let text = "components:\n  banned:\n    - fastjson\n"
        #expect {
            try ProjectConfiguration.parse(text, path: "ward.yml")
        } throws: { error in
            let input = error as? InputError
            return input?.line == 3 && input?.message == "'fastjson' is not a package URL such as pkg:maven/com.alibaba/fastjson@<1.2.83"
        }
        #expect(throws: InputError.self) { try ProjectConfiguration.parse("components:\n  ignore:\n    - id: X\n", path: "ward.yml") }
    }
}
