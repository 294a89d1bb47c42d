import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct GitleaksReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("gitleaks", name) }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "gitleaks", version: "", informationUri: "https://github.com/gitleaks/gitleaks")])
    }

    @Test func oneLeakIsRedactedAndKeepsItsCommit() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let secret = RedactedSecret(secret: Array("AKIAIOSFODNN7EXAMPLE".utf8))
        #expect(finding.tool == "gitleaks")
        #expect(finding.ruleId == "aws-access-token")
        #expect(finding.kind == .secret)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .high)
        #expect(finding.title.hasPrefix("Identified a pattern that may indicate AWS credentials"))
        #expect(finding.message == finding.title + " found in deploy/settings.env")
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(path: "deploy/settings.env", startLine: 3, startColumn: 19, endLine: 3, endColumn: 38))
        #expect(finding.secret == secret)
        #expect(finding.secret?.redacted.hasPrefix("AKIA…") == true)
        #expect(finding.commit == GitProvenance(commit: "6f1c2a9e8d7b4c3a2f1e0d9c8b7a6f5e4d3c2b1a", author: "Jane Doe", email: "jane.doe@example.com", date: "2024-03-02T10:15:00Z"))
        #expect(finding.tags == ["AWS", "key"])
        #expect(finding.remediation == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "gitleaks/aws-access-token", path: "deploy/settings.env", content: secret.sha256))
        #expect(!finding.message.contains("AKIAIOSFODNN7EXAMPLE") && !finding.title.contains("AKIAIOSFODNN7EXAMPLE"))
    }

    @Test func manyLeaksFromARealReport() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 4)
        let key = report.findings[2]
        #expect(key.ruleId == "RSA-PK")
        #expect(key.title == "RSA private key")
        #expect(key.location == Location(path: "conf/rsa.pk", startLine: 57, startColumn: 665, endLine: 57, endColumn: 695))
        #expect(key.secret == RedactedSecret(secret: Array("-----BEGIN RSA PRIVATE KEY-----".utf8)))
        #expect(key.commit == nil)
        #expect(key.tags == ["tag1", "tag2"])
        #expect(key.confidence == .high)
        #expect(report.findings[3].ruleId == "generic-api-key")
        #expect(report.findings[3].confidence == .medium)
        #expect(report.findings[3].location?.snippet == nil)
        // The two AWS leaks are the same secret in two commits: distinct findings all the same.
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
    }

    @Test func aReportWrittenWithRedactKeepsNoHashOfTheWordRedacted() throws {
        let json = #"[{"RuleID": "github-pat", "Description": "GitHub Personal Access Token", "StartLine": 1, "EndLine": 1, "StartColumn": 8, "EndColumn": 47, "Match": "token: REDACTED", "Secret": "REDACTED", "File": "ci.yml", "Commit": "", "Tags": null, "Fingerprint": "ci.yml:github-pat:1"}]"#
        let finding = try #require(try GitleaksReader.read(Data(json.utf8), path: "gitleaks.json").findings.first)
        #expect(finding.secret == nil)
        #expect(finding.tags.isEmpty)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "gitleaks/github-pat", path: "ci.yml", content: "ci.yml:github-pat:1"))
    }

    @Test func detectionPicksGitleaksButNotSARIF() throws {
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("gitleaks", "many.json")) == GitleaksReader.self)
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("gitleaks", "one.json")) == GitleaksReader.self)
        #expect(!GitleaksReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("gitleaks", many: "many.json"))
    }
}
