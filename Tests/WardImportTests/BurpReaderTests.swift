import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct BurpReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/burp/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyExportHasNoFindingsButNamesTheTool() throws {
        let report = try BurpReader.read(try Self.fixture("empty.xml"), path: "empty.xml")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "burp", version: "2023.10.3.4", informationUri: "https://portswigger.net/burp")])
    }

    @Test func oneIssueKeepsEveryMappedFieldAndNoBodies() throws {
        let report = try BurpReader.read(try Self.fixture("one.xml"), path: "one.xml")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.ruleId == "1049088")
        #expect(finding.tool == "burp")
        #expect(finding.kind == .dynamic)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .medium)
        #expect(finding.title == "SQL injection")
        #expect(finding.message == "The id URL parameter appears to be vulnerable to SQL injection attacks.\nA single quote character was submitted in the id parameter, and a database error message was returned.\nInsertion point: id URL parameter")
        #expect(finding.cwe == [89, 94])
        #expect(finding.endpoint == Endpoint(method: "GET", url: "https://staging.example.com/api/orders"))
        #expect(finding.remediation == "The most effective way to prevent SQL injection attacks is to use parameterized queries (also known as prepared statements) for all database access.")
        #expect(finding.tags == [])
        #expect(finding.location == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "burp/1049088", path: "", content: "GET https://staging.example.com/api/orders id URL parameter"))
        let encoded = try JSONEncoder().encode(finding)
        #expect(String(decoding: encoded, as: UTF8.self).contains("EXAMPLE-fake-session") == false)
    }

    @Test func manyIssuesFromARealExport() throws {
        let report = try BurpReader.read(try Self.fixture("many.xml"), path: "many.xml")
        #expect(report.findings.count == 16)
        #expect(report.tools.first?.version == "1.6.05")
        let sqli = try #require(report.findings.first { $0.message.hasSuffix("Insertion point: b_id cookie") })
        #expect(sqli.ruleId == "1049088")
        #expect(sqli.severity == .high)
        #expect(sqli.confidence == .medium)  // Firm
        #expect(sqli.endpoint == Endpoint(method: "POST", url: "http://bwa/bodgeit/basket.jsp"))
        #expect(sqli.cwe == [])
        #expect(sqli.remediation?.hasPrefix("The application should handle errors gracefully") == true)
        #expect(!sqli.message.contains("<b>"))
        #expect(report.findings.filter { $0.severity == .info }.count == 9)
        #expect(Set(report.findings.map(\.fingerprint)).count == 16)
    }

    @Test func detectionPicksBurpForEveryBurpFixture() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/burp", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 3)
        for file in files {
            #expect(ReportReaders.detect(try Data(contentsOf: folder.appendingPathComponent(file))) == BurpReader.self, "\(file)")
        }
        let sarif = try #require(Bundle.module.url(forResource: "Fixtures/sarif/many.sarif", withExtension: nil))
        #expect(!BurpReader.detect(try Data(contentsOf: sarif)))
    }

    @Test func malformedOrForeignXMLIsRejectedWithItsLine() throws {
        #expect {
            try BurpReader.read(Data("<issues burpVersion=\"2023.1\">\n<issue>\n<name>x</issue>".utf8), path: "burp.xml")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("burp.xml: not a valid burp report: line 3:") == true
        }
        #expect {
            try BurpReader.read(Data("<html><body/></html>".utf8), path: "page.xml")
        } throws: { error in
            (error as? ReportReadError)?.description == "page.xml: not a valid burp report: root element is <html>, not <issues>"
        }
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = try Self.fixture("one.xml").prefix(200)
        #expect {
            try BurpReader.read(Data(data), path: "reports/burp.xml")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/burp.xml: not a valid burp report:") == true
        }
    }
}
