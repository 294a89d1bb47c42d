import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct GovulncheckReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/govulncheck/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyStreamHasNoFindingsButNamesTheTool() throws {
        let report = try GovulncheckReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "govulncheck", version: "v1.1.3", informationUri: "https://go.dev/security/vuln")])
    }

    @Test func oneVulnerabilityAtThreeLevelsIsOneFindingAtTheCalledSymbol() throws {
        let report = try GovulncheckReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "govulncheck")
        #expect(finding.ruleId == "GO-2024-2687")
        #expect(finding.kind == .dependency)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .high)
        #expect(finding.title == "HTTP/2 CONTINUATION flood in net/http")
        #expect(finding.message.hasSuffix("\nReached: example.com/ledger/internal/gateway.serveConn calls golang.org/x/net/http2.(*Framer).ReadFrame."))
        #expect(finding.location == Location(path: "internal/gateway/server.go", startLine: 88, startColumn: 1, endLine: 88, endColumn: 1))
        #expect(finding.component == ComponentReference(purl: "pkg:golang/golang.org/x/net@v0.17.0", name: "golang.org/x/net", version: "v0.17.0", ecosystem: "Go"))
        #expect(finding.advisory == AdvisoryReference(
            id: "GO-2024-2687", aliases: ["CVE-2023-45288", "GHSA-4v7x-pqxf-cx7m"], summary: "HTTP/2 CONTINUATION flood in net/http",
            fixedVersions: ["v0.23.0"], url: "https://pkg.go.dev/vuln/GO-2024-2687"))
        #expect(finding.remediation == "Upgrade golang.org/x/net to v0.23.0 or later.")
        #expect(finding.tags == ["symbol"])
    }

    @Test func aStreamOfIndentedObjectsIsRead() throws {
        let report = try GovulncheckReader.read(try Self.fixture("stream.json"), path: "stream.json")
        #expect(report.findings.map(\.ruleId) == ["GO-2023-2382", "GO-2022-0646"])
        #expect(Set(report.findings.map(\.fingerprint)).count == 2)
        let aws = report.findings[1]
        #expect(aws.severity == .low)  // module required, vulnerable code never imported
        #expect(aws.confidence == .medium)
        #expect(aws.location == nil)
        #expect(aws.advisory?.fixedVersions == [])
        #expect(aws.advisory?.aliases == ["CVE-2020-8911", "CVE-2020-8912", "GHSA-7f33-f4f5-xwgw", "GHSA-f5pg-7wfw-84q9"])
        #expect(aws.tags == ["module"])
    }

    @Test func theRealReportWrittenAsAJSONArrayIsRead() throws {
        let report = try GovulncheckReader.read(try Self.fixture("many.json"), path: "many.json")
        #expect(report.findings.count == 1)
        #expect(report.tools.first?.version == "v1.0.0")
        let finding = try #require(report.findings.first)
        #expect(finding.ruleId == "GO-2023-1840")
        #expect(finding.component?.purl == "pkg:golang/stdlib@v1.20.1")
        #expect(finding.advisory?.aliases == ["CVE-2023-29403"])
        #expect(finding.advisory?.fixedVersions == ["v1.20.5"])
        #expect(finding.location?.path == "tmp/testproject/main.go")
        #expect(finding.location?.startLine == 13)
    }

    @Test func theStreamSplitterIgnoresBracesInStringsAndRejectsUnbalancedInput() {
        let text = #"{"a": "}\"{"} {"b": [1, {"c": 2}]}"#
        let ranges = GovulncheckStream.values(in: Array(text.utf8))
        #expect(ranges?.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } == [#"{"a": "}\"{"}"#, #"{"b": [1, {"c": 2}]}"#])
        #expect(GovulncheckStream.values(in: Array(#"[{"a": 1}, {"b": 2}]"#.utf8))?.count == 2)
        #expect(GovulncheckStream.values(in: Array(#"{"a": {"b": 1}"#.utf8)) == nil)
        #expect(GovulncheckStream.values(in: Array(#"[{"a": 1}"#.utf8)) == nil)
        #expect(GovulncheckStream.values(in: Array("not json".utf8)) == nil)
    }

    @Test func detectionPicksGovulncheckForItsFixturesOnly() throws {
        for name in ["empty.json", "one.json", "stream.json", "many.json"] {
            #expect(ReportReaders.detect(try Self.fixture(name)) == GovulncheckReader.self, "\(name)")
        }
        #expect(!GovulncheckReader.detect(try SARIFReaderTests.fixture("many.sarif")))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = Data(try Self.fixture("one.json").prefix(200))
        #expect {
            try GovulncheckReader.read(data, path: "reports/govulncheck.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/govulncheck.json: not a valid govulncheck report:") == true
        }
    }
}
