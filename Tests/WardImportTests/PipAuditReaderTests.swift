import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct PipAuditReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/pip-audit/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try PipAuditReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["pip-audit"])
    }

    @Test func oneVulnerabilityKeepsEveryMappedField() throws {
        let report = try PipAuditReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "pip-audit")
        #expect(finding.ruleId == "GHSA-9wx4-h78v-vm56")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .medium)
        #expect(finding.title == "GHSA-9wx4-h78v-vm56 in requests 2.31.0")
        #expect(finding.message.hasPrefix("When making requests through a Requests `Session`"))
        #expect(finding.location == nil)
        #expect(finding.component == ComponentReference(purl: "pkg:pypi/requests@2.31.0", name: "requests", version: "2.31.0", ecosystem: "PyPI"))
        #expect(finding.advisory?.id == "GHSA-9wx4-h78v-vm56")
        #expect(finding.advisory?.aliases == ["CVE-2024-35195"])
        #expect(finding.advisory?.fixedVersions == ["2.32.0"])
        #expect(finding.advisory?.url == "https://osv.dev/vulnerability/GHSA-9wx4-h78v-vm56")
        #expect(finding.remediation == "Upgrade requests to 2.32.0 or later.")
    }

    @Test func manyVulnerabilitiesFromARealReport() throws {
        let report = try PipAuditReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 7)
        #expect(Set(report.findings.map(\.fingerprint)).count == 7)
        let django = report.findings[1]
        #expect(django.ruleId == "PYSEC-2021-439")
        #expect(django.component == ComponentReference(purl: "pkg:pypi/django@3.2.9", name: "django", version: "3.2.9", ecosystem: "PyPI"))
        #expect(django.advisory?.fixedVersions == ["2.2.25", "3.1.14", "3.2.10"])
        #expect(django.remediation == "Upgrade django to 2.2.25, 3.1.14, 3.2.10 or later.")
        #expect(report.findings[2].remediation == nil)  // lxml: no fix version
    }

    @Test func detectionPicksPipAuditForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == PipAuditReader.self, "\(name)")
        }
        #expect(!PipAuditReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try PipAuditReader.read(data, path: "reports/pip-audit.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/pip-audit.json: not a valid pip-audit report:") == true
        }
    }
}
