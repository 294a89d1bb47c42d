import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct CycloneDXReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/cyclonedx/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func aBOMWithoutVulnerabilitiesHasNoFindingsButNamesItsTool() throws {
        let report = try CycloneDXReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "grype", version: "0.74.7", informationUri: "")])
    }

    @Test func oneVulnerabilityOnANestedComponentKeepsEveryMappedField() throws {
        let report = try CycloneDXReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "trivy")  // the BOM's producer
        #expect(finding.ruleId == "CVE-2022-1471")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .critical)  // the highest rating wins
        #expect(finding.title == "CVE-2022-1471 in org.yaml:snakeyaml 1.33")
        #expect(finding.message == "SnakeYaml's Constructor() class does not restrict types which can be instantiated during deserialization.")
        #expect(finding.cwe == [20, 502])
        #expect(finding.location == nil)
        #expect(finding.component == ComponentReference(purl: "pkg:maven/org.yaml/snakeyaml@1.33", name: "org.yaml:snakeyaml", version: "1.33", ecosystem: "Maven"))
        #expect(finding.advisory == AdvisoryReference(
            id: "CVE-2022-1471", aliases: ["GHSA-mjmj-j48q-9wg2"],
            summary: "SnakeYaml's Constructor() class does not restrict types which can be instantiated during deserialization.",
            cvssVector: "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:H", cvssScore: 8.3,
            url: "https://github.com/advisories?query=type%3Areviewed+ecosystem%3Amaven"))
        #expect(finding.remediation == "Upgrade org.yaml:snakeyaml to version 2.0")
        #expect(finding.analysis == FindingAnalysis(state: .underInvestigation, justification: "Only used to read trusted configuration.", source: "cyclonedx"))
        #expect(finding.tags == ["ghsa"])
    }

    @Test func manyVulnerabilitiesFromARealGrypeBOM() throws {
        let report = try CycloneDXReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 8)
        #expect(Set(report.findings.map(\.fingerprint)).count == 8)
        #expect(report.findings.allSatisfy { $0.tool == "grype" })
        let second = report.findings[1]
        #expect(second.ruleId == "CVE-2021-44832")
        #expect(second.severity == .medium)
        #expect(second.component == ComponentReference(purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.13.2", name: "log4j-core", version: "2.13.2", ecosystem: "Maven"))
        #expect(second.advisory?.cvssScore == 6.6)
        #expect(report.findings[7].ruleId == "GHSA-p6xc-xr62-6r2g")
        #expect(report.findings[7].severity == .high)
    }

    @Test func theXMLFormReadsLikeTheJSONOne() throws {
        let report = try CycloneDXReader.read(try Self.fixture("many.xml"), path: "many.xml")
        #expect(report.tools.map { "\($0.name) \($0.version)" } == ["dependency-track 4.10.1"])
        // urllib3's vulnerability affects a listed component and a purl reference: two findings.
        #expect(report.findings.map(\.ruleId) == ["CVE-2020-36518", "GHSA-35jh-r3h4-6jhm", "CVE-2023-43804", "CVE-2023-43804"])
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
        let jackson = report.findings[0]
        #expect(jackson.severity == .high)
        #expect(jackson.component?.name == "com.fasterxml.jackson.core:jackson-databind")
        #expect(jackson.advisory?.aliases == ["GHSA-57j2-w4cx-62h2"])
        #expect(jackson.advisory?.cvssVector == "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H")
        #expect(jackson.cwe == [787])
        #expect(jackson.remediation == "Upgrade to 2.12.6.1 or later.")
        let lodash = report.findings[1]
        #expect(lodash.severity == .high)  // no word: score 7.2 on the CVSS scale
        #expect(lodash.analysis == FindingAnalysis(state: .notAffected, justification: "code_not_reachable", source: "cyclonedx"))
        #expect(report.findings[3].component == ComponentReference(purl: "pkg:pypi/urllib3@1.25.11", name: "urllib3", version: "1.25.11", ecosystem: "PyPI"))
    }

    @Test func detectionPicksCycloneDXForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "many.json", "many.xml"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == CycloneDXReader.self, "\(name)")
        }
        #expect(!CycloneDXReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test(arguments: ["one.json", "many.xml"])
    func aTruncatedReportNamesTheFileAndTheReader(name: String) throws {
        let data = Data(try Self.fixture(name).prefix(200))
        #expect {
            try CycloneDXReader.read(data, path: "reports/" + name)
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/\(name): not a valid cyclonedx report:") == true
        }
    }
}
