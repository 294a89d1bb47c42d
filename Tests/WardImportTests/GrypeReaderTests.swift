import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct GrypeReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/grype/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try GrypeReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "grype", version: "0.74.7", informationUri: "https://github.com/anchore/grype")])
    }

    @Test func oneMatchKeepsEveryMappedField() throws {
        let report = try GrypeReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "grype")
        #expect(finding.ruleId == "GHSA-xvch-5gv4-984h")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .critical)
        #expect(finding.title == "GHSA-xvch-5gv4-984h in minimist 1.2.5")
        #expect(finding.message == "Prototype Pollution in minimist")
        #expect(finding.location == Location(path: "package-lock.json", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.component == ComponentReference(purl: "pkg:npm/minimist@1.2.5", name: "minimist", version: "1.2.5", ecosystem: "npm"))
        #expect(finding.advisory == AdvisoryReference(
            id: "GHSA-xvch-5gv4-984h", aliases: ["CVE-2021-44906"], summary: "Prototype Pollution in minimist", fixedVersions: ["1.2.6"],
            cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", cvssScore: 9.8, url: "https://github.com/advisories/GHSA-xvch-5gv4-984h"))
        #expect(finding.remediation == "Upgrade minimist to 1.2.6 or later.")
        #expect(finding.tags == ["github:language:javascript", "npm"])
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "grype/GHSA-xvch-5gv4-984h", path: "package-lock.json", content: "GHSA-xvch-5gv4-984h pkg:npm/minimist"))
    }

    @Test func manyMatchesFromARealImageReport() throws {
        let report = try GrypeReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 6)
        #expect(report.tools.first?.version == "0.28.0")
        // The report lists the Django match twice: two findings, two distinct identities.
        #expect(Set(report.findings.map(\.fingerprint)).count == 6)
        let first = report.findings[0]
        #expect(first.ruleId == "CVE-2004-0971")
        #expect(first.kind == .container)
        #expect(first.severity == .info)  // Negligible
        #expect(first.component?.purl == "pkg:deb/debian/libgssapi-krb5-2@1.17-3%2Bdeb10u3?arch=amd64")
        #expect(first.component?.ecosystem == "Debian")
        #expect(first.location == nil)
        let redis = report.findings[1]
        #expect(redis.kind == .dependency)
        #expect(redis.severity == .high)
        #expect(redis.advisory?.fixedVersions == [])  // state wont-fix: the listed versions are not fixes
        #expect(redis.advisory?.cvssScore == 8.8)
        #expect(redis.remediation == "The distribution will not fix this; consider another base image or package.")
        let django = report.findings[4]
        #expect(django.advisory?.aliases == ["CVE-2021-44420"])
        #expect(django.component?.purl == "pkg:pypi/django@3.2.9")
    }

    @Test func detectionPicksGrypeForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == GrypeReader.self, "\(name)")
        }
        #expect(!GrypeReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try GrypeReader.read(data, path: "reports/grype.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/grype.json: not a valid grype report:") == true
        }
    }
}
