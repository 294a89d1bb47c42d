import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct AnchoreReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/anchore/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try AnchoreReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["anchore"])
    }

    @Test func oneVulnerabilityKeepsEveryMappedField() throws {
        let report = try AnchoreReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "anchore")
        #expect(finding.ruleId == "GHSA-jfh8-c2jp-5v3q")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .critical)
        #expect(finding.title == "GHSA-jfh8-c2jp-5v3q in log4j-core 2.14.1")
        #expect(finding.message == "log4j-core 2.14.1 is affected by GHSA-jfh8-c2jp-5v3q (feed github:java).")
        #expect(finding.location == Location(path: "opt/app/lib/log4j-core-2.14.1.jar", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.component == ComponentReference(purl: "pkg:maven/log4j-core@2.14.1", name: "log4j-core", version: "2.14.1", ecosystem: "Maven"))
        #expect(finding.advisory == AdvisoryReference(
            id: "GHSA-jfh8-c2jp-5v3q", fixedVersions: ["2.15.0"], cvssScore: 10.0, url: "https://github.com/advisories/GHSA-jfh8-c2jp-5v3q"))
        #expect(finding.remediation == "Upgrade log4j-core to 2.15.0 or later.")
        #expect(finding.tags == ["github:java", "java"])
    }

    @Test func manyVulnerabilitiesFromARealReport() throws {
        let report = try AnchoreReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 23)
        #expect(Set(report.findings.map(\.fingerprint)).count == 23)
        #expect(report.findings.filter { $0.kind == .container }.count == 20)  // 20 dpkg packages, 3 java
        let systemd = report.findings[3]
        #expect(systemd.ruleId == "CVE-2018-15686")
        #expect(systemd.severity == .high)
        #expect(systemd.component == ComponentReference(purl: "pkg:deb/debian/libsystemd0@232-25%2Bdeb9u9", name: "libsystemd0", version: "232-25+deb9u9", ecosystem: "Debian"))
        #expect(systemd.advisory?.fixedVersions == ["232-25+deb9u10"])
        #expect(systemd.location == nil)
        #expect(report.findings[0].severity == .info)  // Negligible
    }

    @Test func detectionPicksAnchoreForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == AnchoreReader.self, "\(name)")
        }
        #expect(!AnchoreReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try AnchoreReader.read(data, path: "reports/anchore.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/anchore.json: not a valid anchore report:") == true
        }
    }
}
