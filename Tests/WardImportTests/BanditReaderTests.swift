import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct BanditReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("bandit", name) }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "bandit", version: "", informationUri: "https://github.com/PyCQA/bandit")])
    }

    @Test func oneIssueKeepsCWELinesAndOnlyTheFlaggedCode() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "bandit")
        #expect(finding.ruleId == "B602")
        #expect(finding.kind == .code)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .high)
        #expect(finding.title == "subprocess call with shell=True identified, security issue.")
        #expect(finding.message == finding.title)
        #expect(finding.cwe == [78])
        #expect(finding.location == Location(
            path: "backend/jobs.py", startLine: 12, startColumn: 5, endLine: 12, endColumn: 36, snippet: "    subprocess.run(cmd, shell=True)"))
        #expect(finding.remediation == "See https://bandit.readthedocs.io/en/1.7.8/plugins/b602_subprocess_popen_with_shell_equals_true.html")
        #expect(finding.tags == ["subprocess_popen_with_shell_equals_true"])
        #expect(finding.secret == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "bandit/B602", path: "backend/jobs.py", content: "    subprocess.run(cmd, shell=True)"))
    }

    /// The correlator merges bandit and semgrep findings on the same line by path, lines and CWE.
    @Test func banditAndSemgrepAgreeOnTheSameLine() throws {
        let bandit = try #require(try Self.read("one.json").findings.first)
        let semgrep = try #require(try CodeReaderFixtures.read("semgrep", "one.json").findings.first)
        #expect(bandit.cwe == semgrep.cwe)
        #expect(bandit.location?.path == semgrep.location?.path)
        #expect(bandit.location?.startLine == semgrep.location?.startLine)
        #expect(bandit.location?.endLine == semgrep.location?.endLine)
        #expect(bandit.location?.startColumn == semgrep.location?.startColumn)
    }

    @Test func manyIssuesFromARealReport() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 47)
        let first = try #require(report.findings.first)
        #expect(first.ruleId == "B303")
        #expect(first.severity == .medium)
        #expect(first.confidence == .high)
        #expect(first.cwe.isEmpty)  // this bandit release wrote no issue_cwe
        #expect(first.location == Location(
            path: "dojo/tools/acunetix/parser.py", startLine: 39, startColumn: 1, endLine: 39, endColumn: 1,
            snippet: #"            dupe_key = hashlib.md5((acunetix_defectdojo_finding.title + acunetix_defectdojo_finding.description).encode("utf-8")).hexdigest()"#))
        #expect(first.tags == ["blacklist"])
        #expect(report.findings.filter { $0.severity == .low }.count == 11)
        #expect(Set(report.findings.map(\.fingerprint)).count == 47)
    }

    @Test func detectionPicksBanditButNotSARIF() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try CodeReaderFixtures.data("bandit", name)) == BanditReader.self)
        }
        #expect(!BanditReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("bandit", many: "many.json"))
    }
}
