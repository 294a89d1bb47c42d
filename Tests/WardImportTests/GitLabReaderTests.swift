import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct GitLabReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/gitlab/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    static func read(_ name: String) throws -> ImportedReport {
        try GitLabReader.read(try fixture(name), path: name)
    }

    @Test func emptyReportHasNoFindingsButNamesTheScanner() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "semgrep", version: "1.50.0", informationUri: "https://github.com/returntocorp/semgrep")])
    }

    @Test func oneSASTFindingKeepsEveryMappedField() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let description = "SQL Injection is a critical vulnerability that can lead to data or system compromise. By building the query with string formatting, untrusted input can change its meaning."
        #expect(finding.ruleId == "bandit.B608")
        #expect(finding.tool == "semgrep")
        #expect(finding.kind == .code)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .high)
        #expect(finding.title == "Improper neutralization of special elements used in an SQL Command ('SQL Injection')")
        #expect(finding.message == description)
        #expect(finding.cwe == [89])
        #expect(finding.location == Location(path: "app/repository/users.py", startLine: 41, startColumn: 1, endLine: 43, endColumn: 1))
        #expect(finding.remediation == "Use parameterized queries: cursor.execute(\"SELECT * FROM users WHERE id = %s\", (user_id,)).")
        #expect(finding.tags == ["sast"])
        #expect(finding.secret == nil && finding.component == nil && finding.advisory == nil && finding.endpoint == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "semgrep/bandit.B608", path: "app/repository/users.py", content: description))
    }

    @Test func manySASTFindingsFromARealReport() throws {
        let report = try Self.read("many-sast.json")
        #expect(report.findings.count == 8)
        #expect(report.tools.map(\.name) == ["njsscan"])
        let login = try #require(report.findings.first { $0.location?.path == "routes/login.js" })
        #expect(login.ruleId == "node_sqli_injection")
        #expect(login.title == "node_sqli_injection")
        #expect(login.message == "Untrusted input concatinated with raw SQL query can result in SQL Injection.")
        #expect(login.severity == .high)
        #expect(login.confidence == .medium)
        #expect(login.cwe == [89])
        #expect(login.location?.startLine == 29)
        #expect(Set(report.findings.map(\.fingerprint)).count == 8)
    }

    @Test func dependencyFindingsCarryComponentAndAdvisory() throws {
        let report = try Self.read("many-dependency-scanning.json")
        #expect(report.findings.count == 2)
        #expect(report.tools == [ToolInfo(name: "gemnasium", version: "2.24.1", informationUri: "https://gitlab.com/gitlab-org/security-products/analyzers/gemnasium")])
        let crypto = try #require(report.findings.first { $0.advisory?.id == "CVE-2020-29652" })
        #expect(crypto.kind == .dependency)
        #expect(crypto.ruleId == "CVE-2020-29652")
        #expect(crypto.severity == .high)
        #expect(crypto.component == ComponentReference(
            purl: "pkg:golang/golang.org/x/crypto@v0.0.0-20190308221718-c2843e01d9a2", name: "golang.org/x/crypto",
            version: "v0.0.0-20190308221718-c2843e01d9a2", ecosystem: "Go"))
        #expect(crypto.advisory == AdvisoryReference(
            id: "CVE-2020-29652", aliases: ["Gemnasium-ffb814a0-404c-11eb-b378-0242ac130002"], summary: "Nil Pointer Dereference",
            fixedVersions: ["v0.0.0-20201216223049-8b5274cf687f"], url: "https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2020-29652"))
        #expect(crypto.remediation == "Upgrade to version v0.0.0-20201216223049-8b5274cf687f or above.")
        #expect(crypto.location?.path == "service/go.sum")
        #expect(crypto.fingerprint == Fingerprint.make(ruleId: "gemnasium/CVE-2020-29652", path: "service/go.sum", content: "CVE-2020-29652 pkg:golang/golang.org/x/crypto"))
        // The report leaves this package empty; its name survives in the legacy `cve` key.
        let yaml = try #require(report.findings.first { $0.title == "XML Entity Expansion" })
        #expect(yaml.severity == .medium)  // "Unknown"
        #expect(yaml.component == ComponentReference(purl: "pkg:golang/gopkg.in/yaml.v2", name: "gopkg.in/yaml.v2", version: "", ecosystem: "Go"))
        #expect(yaml.advisory?.id == "Gemnasium-7368f513-0aa9-4e34-a08d-40ea81f48e0e")
        #expect(yaml.advisory?.fixedVersions == ["2.2.3"])
    }

    @Test func secretDetectionRedactsEverySecret() throws {
        let data = try Self.fixture("many-secret-detection.json")
        let report = try GitLabReader.read(data, path: "gl-secret-detection-report.json")
        #expect(report.findings.count == 3)
        #expect(report.tools.map(\.name) == ["gitleaks"])
        let first = try #require(report.findings.first)
        #expect(first.kind == .secret)
        #expect(first.ruleId == "AWS")
        #expect(first.severity == .critical)
        #expect(first.confidence == .medium)
        #expect(first.location == Location(path: "config/deploy.env", startLine: 3, startColumn: 1, endLine: 3, endColumn: 1))
        #expect(first.secret == RedactedSecret(secret: Array("AKIAIOSFODNN7EXAMPLE".utf8)))
        #expect(first.fingerprint == Fingerprint.make(ruleId: "gitleaks/AWS", path: "config/deploy.env", content: first.secret?.sha256 ?? ""))
        for (finding, value) in zip(report.findings, ["AKIAIOSFODNN7EXAMPLE", "glpat-EXAMPLEfake0000000000", "AKIAI44QH8DHBEXAMPLE"]) {
            #expect(finding.secret?.sha256 == SHA256Hex.digest(of: value))
            #expect(!finding.message.contains(value) && !finding.title.contains(value) && finding.location?.snippet == nil)
        }
        #expect(Set(report.findings.map(\.fingerprint)).count == 3)
    }

    @Test func dastFindingsCarryTheirEndpoint() throws {
        let report = try Self.read("many-dast.json")
        #expect(report.findings.count == 3)
        #expect(report.tools == [ToolInfo(name: "zap", version: "2.14.0", informationUri: "https://www.zaproxy.org")])
        let xss = try #require(report.findings.last)
        #expect(xss.kind == .dynamic)
        #expect(xss.ruleId == "40012")
        #expect(xss.title == "Cross Site Scripting (Reflected)")
        #expect(xss.severity == .high)
        #expect(xss.confidence == .medium)
        #expect(xss.cwe == [79])
        #expect(xss.endpoint == Endpoint(method: "POST", url: "https://staging.example.com/search"))
        #expect(xss.remediation == "Validate all input and encode all output in the context it is used in.")
        #expect(xss.location == nil)
        #expect(xss.fingerprint == Fingerprint.make(ruleId: "zap/40012", path: "", content: "POST https://staging.example.com/search q"))
        #expect(report.findings.map { $0.endpoint?.url ?? "" } == ["https://staging.example.com/", "https://staging.example.com/login", "https://staging.example.com/search"])
        #expect(Set(report.findings.map(\.fingerprint)).count == 3)
    }

    @Test func containerScanningFindingsNameTheOSPackage() throws {
        let report = try Self.read("many-container-scanning.json")
        #expect(report.findings.count == 2)
        #expect(report.tools.map(\.name) == ["trivy"])
        let curl = try #require(report.findings.last)
        #expect(curl.kind == .container)
        #expect(curl.ruleId == "CVE-2023-38545")
        #expect(curl.severity == .critical)
        #expect(curl.component == ComponentReference(purl: "pkg:apk/alpine/curl@8.3.0-r0", name: "curl", version: "8.3.0-r0", ecosystem: "Alpine:v3.17"))
        #expect(curl.advisory == AdvisoryReference(
            id: "CVE-2023-38545", summary: "CVE-2023-38545", fixedVersions: ["8.4.0-r0"], url: "https://avd.aquasec.com/nvd/cve-2023-38545"))
        #expect(curl.location == nil)
        // The image's tag is left out, so the next release that still ships this curl keeps the identity.
        #expect(curl.fingerprint == Fingerprint.make(ruleId: "trivy/CVE-2023-38545", path: "registry.example.com/payments/api", content: "CVE-2023-38545 pkg:apk/alpine/curl"))
        #expect(Set(report.findings.map(\.fingerprint)).count == 2)
    }

    @Test func detectionPicksGitLabForEveryGitLabFixture() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/gitlab", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 7)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(ReportReaders.detect(data) == GitLabReader.self, "\(file)")
        }
        let sarif = try #require(Bundle.module.url(forResource: "Fixtures/sarif/many.sarif", withExtension: nil))
        #expect(!GitLabReader.detect(try Data(contentsOf: sarif)))
    }

    @Test func aReportOfTheWrongShapeIsRejected() throws {
        #expect {
            try GitLabReader.read(Data(#"{"version": "15.0.7", "vulnerabilities": {"id": 1}}"#.utf8), path: "gl.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("gl.json: not a valid gitlab report: unexpected value at .vulnerabilities") == true
        }
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = try Self.fixture("one.json").prefix(200)
        #expect {
            try GitLabReader.read(Data(data), path: "reports/gl-sast-report.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/gl-sast-report.json: not a valid gitlab report:") == true
        }
    }
}
