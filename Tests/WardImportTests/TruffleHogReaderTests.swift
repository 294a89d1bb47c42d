import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct TruffleHogReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("trufflehog", name) }

    @Test func emptyOutputHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.jsonl")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["trufflehog"])
    }

    @Test func oneUnverifiedKeyFromAFilesystemScan() throws {
        let report = try Self.read("one.jsonl")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let secret = RedactedSecret(secret: Array("AKIAIOSFODNN7EXAMPLE".utf8))
        #expect(finding.tool == "trufflehog")
        #expect(finding.ruleId == "AWS")
        #expect(finding.kind == .secret)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .medium)
        #expect(finding.title == "AWS credential")
        #expect(finding.message == "Unverified AWS credential found in config/app.yaml")
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(path: "config/app.yaml", startLine: 7, startColumn: 1, endLine: 7, endColumn: 1))
        #expect(finding.secret == secret)
        #expect(finding.commit == nil)
        #expect(finding.tags == ["unverified"])
        #expect(finding.remediation == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "trufflehog/AWS", path: "config/app.yaml", content: secret.sha256))
    }

    @Test func manyResultsFromARealGitScan() throws {
        let report = try Self.read("many.jsonl")
        #expect(report.findings.count == 4)
        let aws = try #require(report.findings.first)
        #expect(aws.ruleId == "AWS")
        #expect(aws.severity == .critical)  // Verified
        #expect(aws.confidence == .high)
        #expect(aws.location == Location(path: "keys", startLine: 4, startColumn: 1, endLine: 4, endColumn: 1))
        // Raw is base64 in this early v3 report: the decoded key is what gets hashed.
        #expect(aws.secret?.sha256 == "bf838ec22b2e1e6cfd50c7c3d20c53956728be21db1be3e3a5f102db4163b0ef")
        #expect(aws.secret?.redacted.hasPrefix("AKIA…") == true)
        #expect(aws.commit == GitProvenance(
            commit: "fbc14303ffbf8fb1c2c1914e8dda7d0121633aca", author: "counter", email: "counter@counters-MacBook-Air.local",
            date: "2022-06-16 10:17:40 -0700 -0700"))
        #expect(report.findings.map(\.ruleId) == ["AWS", "URI", "PrivateKey", "URI"])
        // The URI secret is reported twice at the same place: numbered, so still four identities.
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
        #expect(report.findings[1].secret == report.findings[3].secret)
    }

    @Test func detectionPicksTruffleHogButNotSARIF() throws {
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("trufflehog", "many.jsonl")) == TruffleHogReader.self)
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("trufflehog", "one.jsonl")) == TruffleHogReader.self)
        #expect(!TruffleHogReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("trufflehog", many: "many.jsonl"))
    }
}
