import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct SemgrepReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("semgrep", name) }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "semgrep", version: "1.85.0", informationUri: "https://semgrep.dev")])
    }

    @Test func oneResultKeepsRuleCWELocationAndFix() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "semgrep")
        #expect(finding.ruleId == "python.lang.security.audit.subprocess-shell-true.subprocess-shell-true")
        #expect(finding.kind == .code)
        #expect(finding.severity == .high)  // ERROR
        #expect(finding.confidence == .medium)
        #expect(finding.title == "Found 'subprocess' function 'run' with 'shell=True'.")
        #expect(finding.message.hasPrefix("Found 'subprocess' function 'run' with 'shell=True'. This is dangerous"))
        #expect(finding.cwe == [78])
        #expect(finding.location == Location(
            path: "backend/jobs.py", startLine: 12, startColumn: 5, endLine: 12, endColumn: 36, snippet: "    subprocess.run(cmd, shell=True)"))
        #expect(finding.remediation == "Suggested fix: subprocess.run(cmd, shell=False)")
        #expect(finding.tags == ["A01:2017 - Injection", "A03:2021 - Injection", "python", "security"])
        #expect(finding.secret == nil)
        #expect(finding.analysis == nil)
        #expect(finding.fingerprint == Fingerprint.make(
            ruleId: "semgrep/python.lang.security.audit.subprocess-shell-true.subprocess-shell-true", path: "backend/jobs.py",
            content: "    subprocess.run(cmd, shell=True)"))
    }

    @Test func manyResultsFromARealReport() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 48)
        #expect(report.findings.filter { $0.severity == .high }.count == 13)
        let md5 = report.findings[4]
        #expect(md5.ruleId == "python.lang.security.insecure-hash-algorithms.insecure-hash-algorithm-md5")
        #expect(md5.severity == .medium)  // WARNING
        #expect(md5.cwe == [327])
        #expect(md5.title == "Detected MD5 hash algorithm which is considered insecure.")
        #expect(md5.location == Location(
            path: "tools/sslyze/parser_xml.py", startLine: 124, startColumn: 32, endLine: 124, endColumn: 85,
            snippet: "                    dupe_key = hashlib.md5(str(description + title).encode('utf-8')).hexdigest()"))
        #expect(md5.tags == ["A3: Sensitive Data Exposure"])
        #expect(md5.remediation == nil)
        #expect(Set(report.findings.map(\.fingerprint)).count == 48)
    }

    @Test func aSecretsRuleMatchIsRedactedAndANosemgrepOneIsSuppressed() throws {
        let line = #"aws_access_key_id = "AKIAIOSFODNN7EXAMPLE""#
        let json = #"""
        {"version": "1.85.0", "results": [{"check_id": "generic.secrets.security.detected-aws-access-key-id-value.detected-aws-access-key-id-value",
          "path": "deploy/aws.ini", "start": {"line": 2, "col": 21}, "end": {"line": 2, "col": 41},
          "extra": {"message": "AWS Access Key ID Value detected.", "severity": "ERROR", "is_ignored": true,
            "lines": "aws_access_key_id = \"AKIAIOSFODNN7EXAMPLE\"",
            "metadata": {"cwe": "CWE-798: Use of Hard-coded Credentials", "category": "security", "technology": ["secrets", "aws"], "confidence": "LOW"}}}],
         "errors": [], "paths": {"scanned": []}, "skipped_rules": []}
        """#
        let finding = try #require(try SemgrepReader.read(Data(json.utf8), path: "semgrep.json").findings.first)
        #expect(finding.kind == .secret)
        #expect(finding.confidence == .low)
        #expect(finding.cwe == [798])
        #expect(finding.secret == RedactedSecret(secret: Array(line.utf8)))
        #expect(finding.location?.snippet == nil)
        #expect(finding.analysis?.state == .notAffected)
        #expect(!finding.message.contains("AKIA") && !finding.title.contains("AKIA"))
    }

    @Test func detectionPicksSemgrepButNotSARIF() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try CodeReaderFixtures.data("semgrep", name)) == SemgrepReader.self)
        }
        #expect(!SemgrepReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("semgrep", many: "many.json"))
    }
}
