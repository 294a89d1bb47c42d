import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct SnykReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/snyk/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try SnykReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["snyk"])
    }

    @Test func oneVulnerabilityOnTwoPathsIsOneFinding() throws {
        let report = try SnykReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "snyk")
        #expect(finding.ruleId == "SNYK-JS-LODASH-1040724")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .high)
        #expect(finding.title == "Command Injection")
        #expect(finding.message.hasPrefix("## Overview"))
        #expect(finding.cwe == [78])
        #expect(finding.location == Location(path: "package-lock.json", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.component == ComponentReference(purl: "pkg:npm/lodash@4.17.20", name: "lodash", version: "4.17.20", ecosystem: "npm", direct: true))
        #expect(finding.advisory == AdvisoryReference(
            id: "SNYK-JS-LODASH-1040724", aliases: ["CVE-2021-23337", "GHSA-35jh-r3h4-6jhm"], summary: "Command Injection",
            fixedVersions: ["4.17.21"], cvssVector: "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H/E:P", cvssScore: 7.2,
            url: "https://security.snyk.io/vuln/SNYK-JS-LODASH-1040724"))
        #expect(finding.remediation == "Upgrade lodash@4.17.21 (the direct dependency that brings in the fix).")
    }

    @Test func manyVulnerabilitiesFromARealMavenProject() throws {
        let report = try SnykReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 41)
        #expect(Set(report.findings.map(\.fingerprint)).count == 41)
        let jackson = report.findings[1]
        #expect(jackson.ruleId == "SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302")
        #expect(jackson.severity == .high)
        #expect(jackson.component == ComponentReference(
            purl: "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.10.5", name: "com.fasterxml.jackson.core:jackson-databind",
            version: "2.10.5", ecosystem: "Maven", direct: false))
        #expect(jackson.advisory?.aliases == ["CVE-2020-25649"])
        #expect(jackson.advisory?.cvssScore == 8.2)
        #expect(jackson.cwe == [611])
        #expect(jackson.location?.path == "pom.xml")
    }

    @Test func aListOfProjectsKeepsEachProjectsManifestAndLicenseIssues() throws {
        let report = try SnykReader.read(try Self.fixture("projects.json"), path: "projects.json")
        #expect(report.findings.count == 2)
        let jinja = report.findings[0]
        #expect(jinja.component?.purl == "pkg:pypi/jinja2@3.1.2")
        #expect(jinja.component?.ecosystem == "PyPI")
        #expect(jinja.location?.path == "services/reports/requirements.txt")
        #expect(jinja.remediation == "Upgrade jinja2 to 3.1.3 or later.")
        let license = report.findings[1]
        #expect(license.ruleId == "snyk:lic:npm:node-forge:GPL-2.0")
        #expect(license.tags == ["GPL-2.0", "license"])
        #expect(license.location?.path == "apps/admin/package-lock.json")
    }

    @Test func detectionPicksSnykForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "many.json", "projects.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == SnykReader.self, "\(name)")
        }
        #expect(!SnykReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try SnykReader.read(data, path: "reports/snyk.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/snyk.json: not a valid snyk report:") == true
        }
    }
}
