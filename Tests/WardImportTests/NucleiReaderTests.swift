import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct NucleiReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/nuclei/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyOutputHasNoFindingsButNamesTheTool() throws {
        let report = try NucleiReader.read(try Self.fixture("empty.jsonl"), path: "empty.jsonl")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "nuclei", version: "", informationUri: "https://github.com/projectdiscovery/nuclei")])
    }

    @Test func oneV3ResultKeepsEveryMappedField() throws {
        let report = try NucleiReader.read(try Self.fixture("one.jsonl"), path: "one.jsonl")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let url = "https://legacy.example.com/icons/.%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"
        #expect(finding.ruleId == "CVE-2021-41773")
        #expect(finding.tool == "nuclei")
        #expect(finding.kind == .dynamic)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .medium)
        #expect(finding.title == "Apache 2.4.49 - Path Traversal and Remote Code Execution")
        #expect(finding.message == "Apache 2.4.49 is susceptible to a path traversal vulnerability. An attacker could use a path traversal attack to map URLs to files outside the expected document root.\nMatcher: LFI")
        #expect(finding.cwe == [22])
        #expect(finding.endpoint == Endpoint(method: "GET", url: url))
        #expect(finding.remediation == "Update to Apache HTTP Server 2.4.51 or later.")
        #expect(finding.tags == ["apache", "cve", "cve2021", "kev", "lfi", "rce", "traversal"])
        #expect(finding.advisory == AdvisoryReference(
            id: "CVE-2021-41773", summary: "Apache 2.4.49 - Path Traversal and Remote Code Execution",
            cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", cvssScore: 7.5, url: "https://httpd.apache.org/security/vulnerabilities_24.html"))
        #expect(finding.location == nil && finding.component == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "nuclei/CVE-2021-41773", path: "", content: "GET \(url) LFI "))
    }

    @Test func manyResultsFromARealJSONExport() throws {
        let report = try NucleiReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 6)
        let caa = try #require(report.findings.first { $0.ruleId == "caa-fingerprint" })
        #expect(caa.title == "CAA Record")
        #expect(caa.severity == .info)
        #expect(caa.cwe == [200])
        #expect(caa.endpoint == Endpoint(method: "DNS", url: "www.asdf.de"))
        #expect(caa.tags == ["caa", "dns"])
        #expect(caa.advisory == nil)
        #expect(report.findings.filter { $0.endpoint?.method == "SSL" }.count == 4)
        // Two tls-version results differ only by what they extracted (tls12, tls13).
        #expect(Set(report.findings.map(\.fingerprint)).count == 6)
    }

    @Test func olderV2FieldNamesAndSecretsExtractedStayOutOfText() throws {
        let report = try NucleiReader.read(try Self.fixture("many-v2.jsonl"), path: "many-v2.jsonl")
        #expect(report.findings.count == 4)
        let git = try #require(report.findings.first)
        #expect(git.ruleId == "git-config")
        #expect(git.severity == .medium)
        #expect(git.tags == ["config", "exposure", "git"])
        #expect(git.endpoint == Endpoint(method: "GET", url: "https://intranet.example.com/.git/config"))
        #expect(report.findings.filter { $0.ruleId == "tech-detect" }.map(\.message) == [
            "Wappalyzer Technology Detection\nMatcher: nginx", "Wappalyzer Technology Detection\nMatcher: php"])
        let key = try #require(report.findings.last)
        #expect(key.severity == .high)
        let text = String(decoding: try JSONEncoder().encode(key), as: UTF8.self)
        #expect(!text.contains("AKIAIOSFODNN7EXAMPLE"))
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
    }

    @Test func detectionPicksNucleiForEveryNucleiFixture() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/nuclei", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 4)
        // Empty JSON Lines output has no envelope to recognise: it must be read with `--tool nuclei`.
        for file in files where file != "empty.jsonl" {
            #expect(ReportReaders.detect(try Data(contentsOf: folder.appendingPathComponent(file))) == NucleiReader.self, "\(file)")
        }
        let sarif = try #require(Bundle.module.url(forResource: "Fixtures/sarif/many.sarif", withExtension: nil))
        #expect(!NucleiReader.detect(try Data(contentsOf: sarif)))
    }

    @Test func aBrokenLineIsNamed() throws {
        let data = try Self.fixture("one.jsonl") + Data("{\"template-id\": \n".utf8)
        #expect {
            try NucleiReader.read(data, path: "nuclei.jsonl")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("nuclei.jsonl: not a valid nuclei report: line 2:") == true
        }
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = try Self.fixture("one.jsonl").prefix(200)
        #expect {
            try NucleiReader.read(Data(data), path: "reports/nuclei.jsonl")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/nuclei.jsonl: not a valid nuclei report: line 1:") == true
        }
    }
}
