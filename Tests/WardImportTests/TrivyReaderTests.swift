import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct TrivyReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/trivy/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try TrivyReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["trivy"])
    }

    @Test func oneVulnerabilityKeepsEveryMappedField() throws {
        let report = try TrivyReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "trivy")
        #expect(finding.ruleId == "CVE-2024-29041")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .medium)
        #expect(finding.confidence == .high)
        #expect(finding.title == "Express.js Open Redirect in malformed URLs")
        #expect(finding.message.hasPrefix("Express.js minimalist web framework for node."))
        #expect(finding.cwe == [601, 1286])
        #expect(finding.location == Location(path: "package-lock.json", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.component == ComponentReference(purl: "pkg:npm/express@4.18.2", name: "express", version: "4.18.2", ecosystem: "npm"))
        #expect(finding.advisory == AdvisoryReference(
            id: "CVE-2024-29041", aliases: ["GHSA-rv95-896h-c2vc"], summary: "Express.js Open Redirect in malformed URLs",
            fixedVersions: ["4.19.2", "5.0.0-beta.3"], cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N", cvssScore: 6.1,
            url: "https://avd.aquasec.com/nvd/cve-2024-29041"))
        #expect(finding.remediation == "Upgrade express to 4.19.2, 5.0.0-beta.3 or later.")
        #expect(finding.tags == ["npm"])
        #expect(finding.secret == nil)
        // Identity: advisory + versionless purl, so an upgrade that stays vulnerable keeps it.
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "trivy/CVE-2024-29041", path: "package-lock.json", content: "CVE-2024-29041 pkg:npm/express"))
    }

    @Test func misconfigurationSecretAndLicenseBecomeFindingsOfTheirKind() throws {
        let report = try TrivyReader.read(try Self.fixture("mixed.json"), path: "mixed.json")
        #expect(report.findings.map(\.kind) == [.configuration, .secret, .dependency])  // the PASS check is not a finding
        let config = report.findings[0]
        #expect(config.ruleId == "AVD-DS-0002")
        #expect(config.severity == .high)
        #expect(config.title == "Image user should not be 'root'")
        #expect(config.message == "Specify at least 1 USER command in Dockerfile with non-root user as argument")
        #expect(config.location == Location(path: "deploy/Dockerfile", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, snippet: "FROM node:20-alpine"))
        #expect(config.remediation == "Add 'USER <non root user name>' line to the Dockerfile")

        let secret = report.findings[1]
        #expect(secret.ruleId == "aws-access-key-id")
        #expect(secret.severity == .critical)
        #expect(secret.cwe == [798])
        #expect(secret.location == Location(path: "config/settings.env", startLine: 3, startColumn: 1, endLine: 3, endColumn: 1))
        #expect(secret.secret == RedactedSecret(secret: Array("AWS_ACCESS_KEY_ID=********************".utf8)))
        #expect(secret.location?.snippet == nil)
        #expect(!secret.message.contains("AWS_ACCESS_KEY_ID=") && !secret.title.contains("AWS_ACCESS_KEY_ID="))

        let license = report.findings[2]
        #expect(license.ruleId == "license/GPL-2.0-only")
        #expect(license.severity == .high)
        #expect(license.title == "License GPL-2.0-only (restricted) in node-forge")
        #expect(license.component == ComponentReference(purl: "pkg:npm/node-forge", name: "node-forge", version: "", ecosystem: "npm"))
        #expect(license.location?.path == "node_modules/node-forge/package.json")
        #expect(license.tags == ["license", "restricted"])
    }

    @Test func manyVulnerabilitiesFromARealImageReport() throws {
        let report = try TrivyReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 5)
        #expect(Set(report.findings.map(\.fingerprint)).count == 5)
        #expect(report.findings.map(\.kind) == [.container, .container, .container, .dependency, .dependency])
        let finding = report.findings[3]
        #expect(finding.ruleId == "CVE-2018-11771")
        #expect(finding.severity == .medium)
        #expect(finding.component == ComponentReference(
            purl: "pkg:maven/org.apache.commons/commons-compress@1.14", name: "org.apache.commons:commons-compress", version: "1.14", ecosystem: "Maven"))
        #expect(finding.advisory?.aliases == ["GHSA-hrmr-f5m6-m9pq"])
        #expect(finding.advisory?.fixedVersions == ["1.18"])
        #expect(finding.advisory?.cvssScore == 5.5)
        #expect(finding.location?.path == "app/libs/commons-compress-1.14.jar")
        #expect(finding.cwe == [835])
        let os = report.findings[0]
        #expect(os.component?.purl == "pkg:apk/alpine/freetype@2.9.1-r2")
        #expect(os.location == nil)
    }

    @Test func detectionPicksTrivyForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "mixed.json", "many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == TrivyReader.self, "\(name)")
        }
        #expect(!TrivyReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try TrivyReader.read(data, path: "reports/trivy.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/trivy.json: not a valid trivy report:") == true
        }
    }
}
