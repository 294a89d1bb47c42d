import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct NpmAuditReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/npm-audit/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try NpmAuditReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["npm-audit"])
    }

    @Test func oneNpm6AdvisoryKeepsEveryMappedField() throws {
        let report = try NpmAuditReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "npm-audit")
        #expect(finding.ruleId == "1179")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .critical)
        #expect(finding.title == "Prototype Pollution in minimist")
        #expect(finding.message.hasSuffix("\nPaths: mkdirp>minimist"))
        #expect(finding.cwe == [1321])
        #expect(finding.location == nil)
        #expect(finding.component == ComponentReference(purl: "pkg:npm/minimist@1.2.5", name: "minimist", version: "1.2.5", ecosystem: "npm", direct: false))
        #expect(finding.advisory == AdvisoryReference(
            id: "GHSA-xvch-5gv4-984h", aliases: ["CVE-2021-44906", "NPM-1179"], summary: "Prototype Pollution in minimist",
            fixedVersions: ["1.2.6"], url: "https://github.com/advisories/GHSA-xvch-5gv4-984h"))
        #expect(finding.remediation == "Upgrade to version 1.2.6 or later.")
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "npm-audit/1179", path: "", content: "GHSA-xvch-5gv4-984h pkg:npm/minimist"))
    }

    @Test func manyNpm6AdvisoriesFromARealReport() throws {
        let report = try NpmAuditReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 5)
        #expect(Set(report.findings.map(\.fingerprint)).count == 5)
        #expect(report.findings.map(\.ruleId) == ["106", "521", "526", "534", "535"])
        let negotiator = report.findings[0]
        #expect(negotiator.severity == .high)
        #expect(negotiator.title == "Regular Expression Denial of Service")
        #expect(negotiator.component == ComponentReference(purl: "pkg:npm/negotiator@0.5.3", name: "negotiator", version: "0.5.3", ecosystem: "npm", direct: false))
        #expect(negotiator.advisory?.id == "CVE-2016-10539")
        #expect(negotiator.advisory?.aliases == ["NPM-106"])
        #expect(negotiator.advisory?.fixedVersions == ["0.6.1"])
        #expect(negotiator.cwe == [400])
    }

    @Test func npm7ReportsOneFindingPerAdvisoryOnThePackageItConcerns() throws {
        let report = try NpmAuditReader.read(try Self.fixture("v7-many.json"), path: "v7-many.json")
        // loader-utils also lists json5 in `via`: that advisory belongs to json5 and is not repeated.
        #expect(report.findings.map(\.ruleId) == ["GHSA-wf5p-g6vw-rhxx", "GHSA-9c47-m6qq-7p4h", "GHSA-76p3-8jx3-jpfq", "GHSA-hhq3-ff78-jv3g"])
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
        let axios = report.findings[0]
        #expect(axios.severity == .medium)
        #expect(axios.title == "Axios Cross-Site Request Forgery Vulnerability")
        #expect(axios.component == ComponentReference(purl: "pkg:npm/axios", name: "axios", version: "", ecosystem: "npm", direct: true))
        #expect(axios.advisory == AdvisoryReference(
            id: "GHSA-wf5p-g6vw-rhxx", aliases: ["NPM-1094884"], summary: "Axios Cross-Site Request Forgery Vulnerability",
            cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:N", cvssScore: 6.5, url: "https://github.com/advisories/GHSA-wf5p-g6vw-rhxx"))
        #expect(axios.cwe == [352])
        #expect(axios.remediation == "Upgrade axios to 1.6.8 (a major version change).")
        #expect(report.findings[1].remediation == "Run `npm audit fix`.")
    }

    @Test func detectionPicksNpmAuditForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "many.json", "v7-many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == NpmAuditReader.self, "\(name)")
        }
        #expect(!NpmAuditReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try NpmAuditReader.read(data, path: "reports/npm-audit.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/npm-audit.json: not a valid npm-audit report:") == true
        }
    }
}
