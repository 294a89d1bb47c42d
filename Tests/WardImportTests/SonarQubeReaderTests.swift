import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct SonarQubeReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/sonarqube/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptySearchResponseHasNoFindings() throws {
        let report = try SonarQubeReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "sonarqube", version: "", informationUri: "https://www.sonarsource.com/products/sonarqube/")])
    }

    @Test func oneIssueFromTheWebAPIKeepsEveryMappedField() throws {
        let report = try SonarQubeReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.ruleId == "javasecurity:S3649")
        #expect(finding.tool == "sonarqube")
        #expect(finding.kind == .code)
        #expect(finding.severity == .high)  // the SECURITY impact (HIGH) wins over the legacy BLOCKER
        #expect(finding.confidence == .high)  // a VULNERABILITY, not a hotspot
        #expect(finding.title == "Database queries should not be vulnerable to injection attacks")
        #expect(finding.message == "Change this code to not construct SQL queries directly from user-controlled data.")
        #expect(finding.cwe == [])
        #expect(finding.location == Location(path: "src/main/java/com/example/payments/ReportDao.java", startLine: 57, startColumn: 13, endLine: 58, endColumn: 65))
        #expect(finding.tags == ["cwe", "owasp-a3", "sql", "vulnerability"])
        #expect(finding.remediation == nil)
        #expect(finding.fingerprint == Fingerprint.make(
            ruleId: "sonarqube/javasecurity:S3649", path: "src/main/java/com/example/payments/ReportDao.java", content: "3c1a0f0e5f9d1e6a9b2c4d7e8f0a1b2c"))
    }

    @Test func manyHotspotsFromARealSonarReportExport() throws {
        let report = try SonarQubeReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 6)
        #expect(report.tools.first?.informationUri == "https://sonar.192-168-38-31.nip.io")
        let csrf = try #require(report.findings.first)
        #expect(csrf.ruleId == "python:S4502")
        #expect(csrf.severity == .high)  // CRITICAL
        #expect(csrf.confidence == .low)  // TO_REVIEW hotspot
        #expect(csrf.title == "Disabling CSRF protections is security-sensitive")
        #expect(csrf.message == "Make sure disabling CSRF protection is safe here.")
        #expect(csrf.cwe == [352])
        #expect(csrf.location == Location(path: "vulnerable-flask-app.py", startLine: 8, startColumn: 1, endLine: 8, endColumn: 1))
        #expect(csrf.tags == ["security-hotspot"])
        #expect(report.findings.filter { $0.ruleId == "python:S4792" }.map(\.severity) == Array(repeating: .low, count: 5))
        #expect(report.findings.last?.cwe == [117, 532])
        #expect(Set(report.findings.map(\.fingerprint)).count == 6)
    }

    @Test func severitiesFollowImpactsThenLegacyLevels() {
        func issue(_ severity: String?, _ impacts: [(String, String)] = []) -> SonarQubeReport.Issue {
            SonarQubeReport.Issue(rule: "r", severity: severity, impacts: impacts.map { SonarQubeReport.Impact(softwareQuality: $0.0, severity: $0.1) })
        }
        #expect(SonarQubeReader.severity(issue("BLOCKER")) == .critical)
        #expect(SonarQubeReader.severity(issue("CRITICAL")) == .high)
        #expect(SonarQubeReader.severity(issue("MAJOR")) == .medium)
        #expect(SonarQubeReader.severity(issue("MINOR")) == .low)
        #expect(SonarQubeReader.severity(issue("INFO")) == .info)
        #expect(SonarQubeReader.severity(issue("MINOR", [("MAINTAINABILITY", "HIGH"), ("RELIABILITY", "LOW")])) == .high)
        #expect(SonarQubeReader.severity(issue("MAJOR", [("MAINTAINABILITY", "BLOCKER"), ("SECURITY", "LOW")])) == .low)
    }

    @Test func detectionPicksSonarQubeForEverySonarQubeFixture() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/sonarqube", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 3)
        for file in files {
            #expect(ReportReaders.detect(try Data(contentsOf: folder.appendingPathComponent(file))) == SonarQubeReader.self, "\(file)")
        }
        let sarif = try #require(Bundle.module.url(forResource: "Fixtures/sarif/many.sarif", withExtension: nil))
        #expect(!SonarQubeReader.detect(try Data(contentsOf: sarif)))
    }

    @Test func anIssueWithoutARuleIsRejected() throws {
        #expect {
            try SonarQubeReader.read(Data(#"{"paging": {}, "effortTotal": 0, "issues": [{"key": "AY1"}]}"#.utf8), path: "sonar.json")
        } throws: { error in
            (error as? ReportReadError)?.description == "sonar.json: not a valid sonarqube report: missing 'rule' at .issues[0]"
        }
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = try Self.fixture("one.json").prefix(200)
        #expect {
            try SonarQubeReader.read(Data(data), path: "reports/sonar-issues.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/sonar-issues.json: not a valid sonarqube report:") == true
        }
    }
}
