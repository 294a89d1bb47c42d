import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct OSVScannerReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/osv-scanner/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try OSVScannerReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["osv-scanner"])
    }

    @Test func oneGroupOfAliasedRecordsIsOneFinding() throws {
        let report = try OSVScannerReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "osv-scanner")
        #expect(finding.ruleId == "GHSA-4v7x-pqxf-cx7m")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .high)  // max_severity 7.5
        #expect(finding.title == "net/http, x/net/http2: close connections when receiving too many headers")
        #expect(finding.message == "An attacker may cause an HTTP/2 endpoint to read arbitrary amounts of header data.")
        #expect(finding.cwe == [400])
        #expect(finding.location == Location(path: "src/ledger/go.mod", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        #expect(finding.component == ComponentReference(purl: "pkg:golang/golang.org/x/net@0.17.0", name: "golang.org/x/net", version: "0.17.0", ecosystem: "Go"))
        #expect(finding.advisory == AdvisoryReference(
            id: "GHSA-4v7x-pqxf-cx7m", aliases: ["CVE-2023-45288", "GO-2024-2687"],
            summary: "net/http, x/net/http2: close connections when receiving too many headers", fixedVersions: ["0.23.0"],
            cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", cvssScore: 7.5, url: "https://osv.dev/vulnerability/GHSA-4v7x-pqxf-cx7m"))
        #expect(finding.remediation == "Upgrade golang.org/x/net to 0.23.0 or later.")
    }

    @Test func manyFindingsFromARealReport() throws {
        let report = try OSVScannerReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 37)  // 66 records in 37 groups
        #expect(Set(report.findings.map(\.fingerprint)).count == 37)
        let guzzle = report.findings[0]
        #expect(guzzle.ruleId == "GHSA-25mq-v84q-4j7r")
        #expect(guzzle.severity == .high)  // database_specific.severity HIGH
        #expect(guzzle.component == ComponentReference(purl: "pkg:composer/guzzlehttp/guzzle@6.3.3", name: "guzzlehttp/guzzle", version: "6.3.3", ecosystem: "Packagist"))
        #expect(guzzle.advisory?.aliases == ["CVE-2022-31090"])
        #expect(guzzle.advisory?.fixedVersions == ["6.5.8", "7.4.5"])
        #expect(guzzle.cwe == [200, 212])
        #expect(guzzle.location?.path == "tmpcardmarket-api/composer.lock")
    }

    /// Every fixture in a batch-B folder is detected as that folder's reader, whatever else is registered.
    @Test(arguments: [
        ("anchore", "anchore"), ("cyclonedx", "cyclonedx"), ("dependency-check", "dependency-check"),
        ("github-vulnerability", "github-vulnerability"), ("govulncheck", "govulncheck"), ("grype", "grype"),
        ("npm-audit", "npm-audit"), ("osv-scanner", "osv-scanner"), ("pip-audit", "pip-audit"), ("snyk", "snyk"), ("trivy", "trivy"),
    ])
    func everyFixtureOfAFolderIsDetectedAsItsReader(folder: String, reader: String) throws {
        let root = try #require(Bundle.module.url(forResource: "Fixtures/" + folder, withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(files.count >= 3)
        for file in files {
            let data = try Data(contentsOf: root.appendingPathComponent(file))
            #expect(ReportReaders.detect(data)?.id == reader, "\(folder)/\(file)")
        }
    }

    @Test func detectionDoesNotTakeSARIF() throws {
        let sarif = try SARIFReaderTests.fixture("many.sarif")
        #expect(!OSVScannerReader.detect(sarif))
        #expect(ReportReaders.components.allSatisfy { !$0.detect(sarif) })
    }

    @Test func purlsAreBuiltTheWayEachEcosystemNamesPackages() {
        #expect(OSVEcosystem.purl(ecosystem: "Maven", name: "org.yaml:snakeyaml", version: "1.33") == "pkg:maven/org.yaml/snakeyaml@1.33")
        #expect(OSVEcosystem.purl(ecosystem: "npm", name: "@babel/traverse", version: "7.23.1") == "pkg:npm/%40babel/traverse@7.23.1")
        #expect(OSVEcosystem.purl(ecosystem: "PyPI", name: "Django", version: "3.2.9") == "pkg:pypi/django@3.2.9")
        #expect(OSVEcosystem.purl(ecosystem: "crates.io", name: "openssl", version: "0.10.55") == "pkg:cargo/openssl@0.10.55")
        #expect(OSVEcosystem.purl(ecosystem: nil, name: "component1", version: "1") == "pkg:generic/component1@1")
        #expect(OSVEcosystem.of(purl: "pkg:gem/rails@7.0.0") == "RubyGems")
        #expect(OSVEcosystem.of(purl: "pkg:deb/ubuntu/openssl@3.0.2") == "Ubuntu")
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try OSVScannerReader.read(data, path: "reports/osv.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/osv.json: not a valid osv-scanner report:") == true
        }
    }
}
