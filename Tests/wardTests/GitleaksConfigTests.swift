import Foundation
import Testing

@Suite struct GitleaksConfigTests {
    @Test func aGitleaksFileExtendingTheDefaultsAddsItsRulesAndAllowlists() throws {
        let box = try Sandbox()
        try box.write(".gitleaks.toml", """
            title = "team config"
            [extend]
            useDefault = true

            [[rules]]
            id = "acme-token"
            description = "ACME internal token"
            regex = '''\\b(acme_[a-z0-9]{24})\\b'''
            keywords = ["acme_"]

            [allowlist]
            paths = ['''^fixtures/''']

            """)
        let acme = "acme_" + Secrets.token(24).lowercased()
        try box.write("app.env", "ACME=\(acme)\naws_access_key_id = \(Secrets.awsKeyID())\n")
        try box.write("fixtures/f.env", "ACME=\(acme)\n")
        let report = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json"], in: box.path))
        #expect(report.findings.map { "\($0.location!.path):\($0.ruleId)" } == ["app.env:acme-token", "app.env:aws-access-key-id"])
    }

    @Test func aStandaloneGitleaksFileReplacesTheCredentialRulesButNotPersonalData() throws {
        let box = try Sandbox()
        try box.write("team.toml", """
            [[rules]]
            id = "acme-token"
            regex = '''acme_[a-z0-9]{24}'''

            """)
        try box.write("app.env", "ACME=acme_\(Secrets.token(24).lowercased())\naws_access_key_id = \(Secrets.awsKeyID())\niban = GB82WEST12345698765432\n")
        let run = try Ward.run(["scan", "app.env", "--format", "json", "--gitleaks-config", "team.toml"], in: box.path)
        let report = try JSONReport.parse(run)
        #expect(report.findings.map(\.ruleId) == ["acme-token", "pii-iban"])
    }

    @Test func aBrokenGitleaksFileIsAnInputErrorWithItsLine() throws {
        let box = try Sandbox()
        try box.write(".gitleaks.toml", "[[rules]]\nid = \"x\"\nregex = '''(unclosed'''\n")
        try box.write("a.txt", "nothing\n")
        let run = try Ward.run(["scan", "."], in: box.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".gitleaks.toml:3"), "\(run.stderr)")
    }
}
