import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct SARIFReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/sarif/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyRunHasNoFindingsButNamesTheTool() throws {
        let report = try SARIFReader.read(try Self.fixture("empty.sarif"), path: "empty.sarif")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["codeql"])
        #expect(report.tools.first?.version == "2.19.0")
    }

    @Test func oneFindingKeepsRuleSeverityCWEAndLocation() throws {
        let report = try SARIFReader.read(try Self.fixture("one.sarif"), path: "one.sarif")
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(finding.tool == "semgrep")
        #expect(finding.ruleId == "python.lang.security.audit.subprocess-shell-true.subprocess-shell-true")
        #expect(finding.severity == .high)  // security-severity 7.8
        #expect(finding.confidence == .high)
        #expect(finding.cwe == [78])
        #expect(finding.kind == .code)
        #expect(finding.location == Location(path: "backend/jobs.py", startLine: 12, startColumn: 5, endLine: 12, endColumn: 48, snippet: "subprocess.run(cmd, shell=True)"))
        #expect(finding.title == "subprocess call with shell=True")
        #expect(finding.remediation == "Pass a list of arguments and shell=False.")
    }

    @Test func manyFindingsFromARealReport() throws {
        let report = try SARIFReader.read(try Self.fixture("many.sarif"), path: "many.sarif")
        #expect(report.findings.count == 27)
        #expect(report.tools.map(\.name) == ["shell-script-analysis"])
        let first = try #require(report.findings.first)
        #expect(first.ruleId == "2076")
        #expect(first.severity == .low)  // level "note"
        #expect(first.location?.path == "home/damien/dd/docker/setEnv.sh")
        #expect(first.location?.startLine == 134)
        #expect(Set(report.findings.map(\.fingerprint)).count == 27)
    }

    @Test func detectionPicksTheRightReader() throws {
        #expect(ReportReaders.detect(try Self.fixture("many.sarif")) == SARIFReader.self)
        #expect(ReportReaders.detect(Data(#"{"schemaVersion": "1.0", "findings": []}"#.utf8)) == WardJSONReader.self)
        #expect(ReportReaders.detect(Data("not a report".utf8)) == nil)
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = try Self.fixture("one.sarif").prefix(300)
        #expect {
            try SARIFReader.read(Data(data), path: "reports/semgrep.sarif")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/semgrep.sarif: not a valid sarif report:") == true
        }
    }
}
