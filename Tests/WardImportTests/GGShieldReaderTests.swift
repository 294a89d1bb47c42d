import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct GGShieldReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("ggshield", name) }

    @Test func emptyScanHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["ggshield"])
    }

    @Test func oneIncidentFromAPathScan() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "ggshield")
        #expect(finding.ruleId == "AWS Keys")
        #expect(finding.kind == .secret)
        #expect(finding.severity == .high)  // validity "invalid"
        #expect(finding.confidence == .medium)
        #expect(finding.title == "AWS Keys")
        #expect(finding.message == "AWS Keys (client_id, client_secret) found in config/settings.py, validity: invalid")
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(path: "config/settings.py", startLine: 4, startColumn: 1, endLine: 5, endColumn: 1))
        #expect(finding.secret == nil)
        #expect(finding.commit == nil)
        #expect(finding.remediation == "Follow the incident at https://dashboard.gitguardian.com/workspace/1234/incidents/56789")
        #expect(finding.tags == ["Secrets detection", "validity:invalid"])
        #expect(finding.fingerprint == Fingerprint.make(
            ruleId: "ggshield/AWS Keys", path: "config/settings.py", content: "0c5e1ab2bcd0ba9a8b93a2d7d4b4b0f7a3a6c0bd0ef2e4b1d68e5e1df0f3d9aa"))
        #expect(!finding.message.contains("AKIA"))
    }

    @Test func manyIncidentsFromARealCommitRangeScan() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 2)
        let first = try #require(report.findings.first)
        #expect(first.ruleId == "Django Secret Key")
        #expect(first.severity == .high)  // validity "no_checker"
        #expect(first.location == Location(path: "wapf/settings.py", startLine: 23, startColumn: 1, endLine: 23, endColumn: 1))
        #expect(first.commit == GitProvenance(
            commit: "03a2bf6cba491559f8b760a2c9bf8dd9f53916a0", author: "iamnihal", email: "nihalcyberdude@gmail.com",
            date: "Sat Mar 13 17:42:00 2021 +0530"))
        #expect(report.findings[1].commit?.commit == "8f388be3452f8d9f20ed788c94ebc11faa8ae7b6")
        #expect(report.findings[1].location?.startLine == 1)  // the tool gave no line for this occurrence
        #expect(Set(report.findings.map(\.fingerprint)).count == 2)
    }

    @Test func detectionPicksGGShieldButNotSARIF() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try CodeReaderFixtures.data("ggshield", name)) == GGShieldReader.self)
        }
        #expect(!GGShieldReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("ggshield", many: "many.json"))
    }
}
