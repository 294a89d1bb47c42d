import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct DependencyCheckReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/dependency-check/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try DependencyCheckReader.read(try Self.fixture("empty.xml"), path: "empty.xml")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map { "\($0.name) \($0.version)" } == ["dependency-check 9.0.9"])
    }

    @Test func oneXMLVulnerabilityKeepsEveryMappedField() throws {
        let report = try DependencyCheckReader.read(try Self.fixture("one.xml"), path: "one.xml")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "dependency-check")
        #expect(finding.ruleId == "CVE-2021-44228")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .critical)
        #expect(finding.title == "CVE-2021-44228 in org.apache.logging.log4j:log4j-core 2.14.1")
        #expect(finding.message.hasPrefix("Apache Log4j2 2.0-beta9 through 2.15.0 JNDI features"))
        #expect(finding.cwe == [502, 917])
        #expect(finding.location == Location(path: "src/ledger/lib/log4j-core-2.14.1.jar", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.component == ComponentReference(
            purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", name: "org.apache.logging.log4j:log4j-core", version: "2.14.1", ecosystem: "Maven"))
        #expect(finding.advisory?.id == "CVE-2021-44228")
        #expect(finding.advisory?.aliases == ["GHSA-jfh8-c2jp-5v3q"])
        #expect(finding.advisory?.fixedVersions == ["2.15.0"])
        #expect(finding.advisory?.cvssVector == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")
        #expect(finding.advisory?.cvssScore == 10.0)
        #expect(finding.advisory?.url == "https://nvd.nist.gov/vuln/detail/CVE-2021-44228")
        #expect(finding.remediation == "Upgrade org.apache.logging.log4j:log4j-core to 2.15.0 or later.")
        #expect(finding.tags == ["NVD"])
    }

    @Test func manyVulnerabilitiesFromARealXMLReport() throws {
        let report = try DependencyCheckReader.read(try Self.fixture("many.xml"), path: "many.xml")
        #expect(report.findings.count == 7)  // suppressed vulnerabilities are not findings
        #expect(Set(report.findings.map(\.fingerprint)).count == 7)
        let yargs = report.findings[2]
        #expect(yargs.ruleId == "CVE-2020-7608")
        #expect(yargs.severity == .high)
        #expect(yargs.component == ComponentReference(purl: "pkg:npm/yargs-parser@5.0.0", name: "yargs-parser", version: "5.0.0", ecosystem: "npm"))
        #expect(yargs.advisory?.cvssVector == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N")
        #expect(yargs.advisory?.cvssScore == 7.5)
        #expect(yargs.location?.path == "var/lib/jenkins/workspace/nl-selfservice_-_metrics_develop/package-lock.json?yargs-parser")
        #expect(yargs.tags == ["OSSINDEX", "virtual"])
        #expect(report.findings[1].severity == .low)  // npm advisory 1500, unscored "low"
    }

    @Test func theJSONReportReadsLikeTheXMLOne() throws {
        let report = try DependencyCheckReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.map(\.ruleId) == ["CVE-2020-36518", "CVE-2022-42003", "GHSA-35jh-r3h4-6jhm"])
        #expect(report.tools.first?.version == "9.0.9")
        let jackson = report.findings[0]
        #expect(jackson.severity == .high)
        #expect(jackson.component?.purl == "pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.9.10")
        #expect(jackson.advisory?.aliases == ["GHSA-57j2-w4cx-62h2"])
        #expect(jackson.advisory?.fixedVersions == ["2.12.6.1"])
        #expect(jackson.advisory?.cvssVector == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H")
        #expect(jackson.cwe == [787])
        let lodash = report.findings[2]
        #expect(lodash.advisory?.aliases == ["CVE-2021-23337"])
        #expect(lodash.component?.purl == "pkg:npm/lodash@4.17.20")
        #expect(lodash.tags == ["NPM", "virtual"])
    }

    @Test func detectionPicksDependencyCheckForItsFixturesOnly() throws {
        for name in ["empty.xml", "one.xml", "many.xml", "many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == DependencyCheckReader.self, "\(name)")
        }
        #expect(!DependencyCheckReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test(arguments: ["one.xml", "many.json"])
    func aTruncatedReportNamesTheFileAndTheReader(name: String) throws {
        let data = Data(try Self.fixture(name).prefix(200))
        #expect {
            try DependencyCheckReader.read(data, path: "reports/" + name)
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/\(name): not a valid dependency-check report:") == true
        }
    }
}
