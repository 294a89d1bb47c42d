import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct HadolintReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("hadolint", name) }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "hadolint", version: "", informationUri: "https://github.com/hadolint/hadolint")])
    }

    @Test func oneViolationKeepsRuleLevelAndPlace() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let message = "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag"
        #expect(finding.tool == "hadolint")
        #expect(finding.ruleId == "DL3007")
        #expect(finding.kind == .configuration)
        #expect(finding.severity == .medium)  // warning
        #expect(finding.confidence == .high)
        #expect(finding.title == message)
        #expect(finding.message == message)
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(path: "docker/api/Dockerfile", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.remediation == "See https://github.com/hadolint/hadolint/wiki/DL3007")
        #expect(finding.tags == ["dockerfile"])
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "hadolint/DL3007", path: "docker/api/Dockerfile", content: message))
    }

    @Test func manyViolationsFromAReportWrittenOnWindows() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 12)
        let root = report.findings[6]
        #expect(root.ruleId == "DL3002")
        #expect(root.title == "Last USER should not be root")
        #expect(root.location == Location(path: "django-DefectDojo/Dockerfile.nginx", startLine: 24, startColumn: 1, endLine: 24, endColumn: 1))
        #expect(root.severity == .medium)
        #expect(report.findings.filter { $0.severity == .low }.count == 3)  // info
        #expect(Set(report.findings.map(\.fingerprint)).count == 12)
    }

    @Test func detectionPicksHadolintButNotSARIF() throws {
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("hadolint", "many.json")) == HadolintReader.self)
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("hadolint", "one.json")) == HadolintReader.self)
        #expect(!HadolintReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("hadolint", many: "many.json"))
    }
}
