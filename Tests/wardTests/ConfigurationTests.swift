import Foundation
import Testing

@Suite struct ConfigurationTests {
    @Test func malformedYAMLIsAClearErrorWithFileAndLine() throws {
        let box = try Sandbox()
        try box.write("ward.yml", "scan:\n  exclude: [a, b\n  fail-on: high\n")
        let run = try Ward.run(["scan", "."], in: box.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("ward.yml:"))
        #expect(run.stderr.contains("invalid YAML"))
        #expect(run.stdout.isEmpty)
    }

    @Test func unknownKeysAndWrongTypesNameTheLine() throws {
        let box = try Sandbox()
        try box.write("ward.yml", "version: 1\nscan:\n  fail-on: high\n  exclud: [vendor]\n")
        let unknown = try Ward.run(["scan", "."], in: box.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("ward.yml:4"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("unknown key 'exclud'"))

        try box.write("ward.yml", "secrets:\n  personal-data: maybe\n")
        let wrongType = try Ward.run(["scan", "."], in: box.path)
        #expect(wrongType.status == 2)
        #expect(wrongType.stderr.contains("ward.yml:2"))
        #expect(wrongType.stderr.contains("true or false"))

        try box.write("ward.yml", "secrets:\n  rules:\n    - id: acme-token\n      pattern: 'acme_([a-z]+'\n")
        let badPattern = try Ward.run(["scan", "."], in: box.path)
        #expect(badPattern.status == 2)
        #expect(badPattern.stderr.contains("ward.yml:4"), "\(badPattern.stderr)")
        #expect(badPattern.stderr.contains("acme-token"))
    }

    @Test func customRulesAllowlistsOverridesAndDisabledRules() throws {
        let box = try Sandbox()
        let acme = "acme_" + Secrets.token(24).lowercased()
        try box.write("ward.yml", """
            version: 1
            scan:
              fail-on: medium
            secrets:
              disabled-rules: [aws-secret-access-key, generic-credential-assignment, generic-credential-config-value]
              severity:
                aws-access-key-id: low
              allowlist:
                paths: ["fixtures/**"]
                stopwords: [sandbox]
              rules:
                - id: acme-internal-token
                  title: ACME internal token
                  severity: critical
                  pattern: '\\b(acme_[a-z0-9]{24})\\b'
                  keywords: [acme_]
                  examples:
                    match: ["token: acme_abcdefghijklmnopqrstuvwx"]
                    no-match: ["acme_short"]

            """)
        try box.write("app.env", "aws_access_key_id = \(Secrets.awsKeyID())\naws_secret_access_key = \(Secrets.awsSecret())\nACME=\(acme)\n")
        try box.write("fixtures/test.env", "ACME=\(acme)\n")
        try box.write("other.env", "aws_access_key_id = AKIASANDBOX\(Secrets.random(9, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))\n")

        let run = try Ward.run(["scan", ".", "--format", "json"], in: box.path)
        #expect(run.status == 1, "fail-on: medium from ward.yml, and a critical custom finding")
        let report = try JSONReport.parse(run)
        #expect(report.findings.map(\.ruleId) == ["aws-access-key-id", "acme-internal-token"])
        #expect(report.findings.map(\.severity) == ["low", "critical"])
        #expect(report.findings.allSatisfy { $0.location?.path == "app.env" })

        let rulesTest = try Ward.run(["rules", "test"], in: box.path)
        #expect(rulesTest.status == 0, "\(rulesTest.stdout)")
        #expect(rulesTest.stdout.contains("0 failed"))
    }

    @Test func personalDataCanBeTurnedOff() throws {
        let box = try Sandbox()
        try box.write("customers.csv", "name,iban\nA. Person,GB82 WEST 1234 5698 7654 32\n")
        let on = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json"], in: box.path))
        #expect(on.findings.contains { $0.ruleId == "pii-iban" })
        try box.write("ward.yml", "secrets:\n  personal-data: false\n")
        let off = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json"], in: box.path))
        #expect(!off.findings.contains { $0.ruleId == "pii-iban" })
        try box.write("ward.yml", "")
        let flag = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json", "--no-personal-data"], in: box.path))
        #expect(!flag.findings.contains { $0.ruleId == "pii-iban" })
    }
}
