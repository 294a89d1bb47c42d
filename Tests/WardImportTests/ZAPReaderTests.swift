import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct ZAPReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/zap/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test(arguments: ["empty.xml", "empty.json"])
    func emptyReportsHaveNoFindingsButNameTheTool(file: String) throws {
        let report = try ZAPReader.read(try Self.fixture(file), path: file)
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "zap", version: "2.14.0", informationUri: "https://www.zaproxy.org")])
    }

    @Test func oneAlertWithTwoParametersOnOneURLIsOneFinding() throws {
        let report = try ZAPReader.read(try Self.fixture("one.xml"), path: "one.xml")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.ruleId == "10010")
        #expect(finding.tool == "zap")
        #expect(finding.kind == .dynamic)
        #expect(finding.severity == .low)
        #expect(finding.confidence == .medium)
        #expect(finding.title == "Cookie No HttpOnly Flag")
        #expect(finding.message == "A cookie has been set without the HttpOnly flag, which means that the cookie can be accessed by JavaScript. If a malicious script can be run on this page then the cookie will be accessible and can be transmitted to another site. If this is a session cookie then session hijacking may be possible.\nParameter: SESSIONID")
        #expect(finding.cwe == [1004])
        #expect(finding.endpoint == Endpoint(method: "POST", url: "https://staging.example.com/login"))
        #expect(finding.remediation == "Ensure that the HttpOnly flag is set for all cookies.")
        #expect(finding.tags == ["wasc-13"])
        #expect(finding.location == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "zap/10010", path: "", content: "POST https://staging.example.com/login"))
    }

    @Test func manyAlertsFromARealXMLReport() throws {
        let report = try ZAPReader.read(try Self.fixture("many.xml"), path: "many.xml")
        // 86 instances of 6 alerts on 71 distinct (alert, method, URL).
        #expect(report.findings.count == 71)
        #expect(report.tools.first?.version == "2.10.0")
        let csp = try #require(report.findings.first { $0.ruleId == "10055" })
        #expect(csp.title == "CSP: Wildcard Directive")
        #expect(csp.severity == .medium)
        #expect(csp.confidence == .medium)
        #expect(csp.cwe == [693])
        #expect(csp.endpoint?.method == "GET")
        #expect(!csp.message.contains("<p>") && !(csp.remediation ?? "<").contains("<"))
        #expect(report.findings.filter { $0.ruleId == "10096" }.count == 3)
        #expect(Set(report.findings.map(\.fingerprint)).count == 71)
    }

    @Test func theJSONReportReadsLikeTheXMLOne() throws {
        let report = try ZAPReader.read(try Self.fixture("many.json"), path: "many.json")
        // The false positive (confidence 0) is skipped; GET and POST on one URL stay apart.
        #expect(report.findings.count == 5)
        #expect(report.findings.map(\.ruleId) == ["10038-1", "10038-1", "40012", "10021", "10021"])
        let xss = report.findings[2]
        #expect(xss.severity == .high)
        #expect(xss.confidence == .medium)
        #expect(xss.cwe == [79])
        #expect(xss.tags == ["wasc-8"])
        #expect(xss.message == "Cross-site Scripting (XSS) is an attack technique that involves echoing attacker-supplied code into a user's browser instance.\n\nWhen an attacker gets a user's browser to execute his/her code, the code will run within the security context (or zone) of the hosting web site.\nParameter: q")
        #expect(xss.remediation == "Phase: Architecture and Design\n\nUse a vetted library or framework that does not allow this weakness to occur or provides constructs that make this weakness easier to avoid.")
        #expect(report.findings[3].endpoint == Endpoint(method: "GET", url: "https://api.example.com/v1/accounts"))
        #expect(report.findings[4].endpoint == Endpoint(method: "POST", url: "https://api.example.com/v1/accounts"))
        #expect(Set(report.findings.map(\.fingerprint)).count == 5)
    }

    @Test func detectionPicksZAPForEveryZAPFixture() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/zap", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 5)
        for file in files {
            #expect(ReportReaders.detect(try Data(contentsOf: folder.appendingPathComponent(file))) == ZAPReader.self, "\(file)")
        }
        let sarif = try #require(Bundle.module.url(forResource: "Fixtures/sarif/many.sarif", withExtension: nil))
        #expect(!ZAPReader.detect(try Data(contentsOf: sarif)))
    }

    @Test func htmlBecomesPlainText() {
        #expect(HTMLText.plain("<p>a &lt;b&gt; &amp; &#39;c&#x27;</p>\n<p> two   words </p><ul><li>one</li><li>two</li></ul>") == "a <b> & 'c'\n\ntwo words\n\none\n\ntwo")
        #expect(HTMLText.plain("if a < b and c > d") == "if a < b and c > d")
        #expect(HTMLText.plain("&unknown; &#xZZ;") == "&unknown; &#xZZ;")
    }

    @Test func foreignXMLIsRejected() throws {
        #expect {
            try ZAPReader.read(Data("<?xml version=\"1.0\"?><report><site/></report>".utf8), path: "scan.xml")
        } throws: { error in
            (error as? ReportReadError)?.description == "scan.xml: not a valid zap report: root element is <report>, not <OWASPZAPReport>"
        }
    }

    @Test(arguments: ["one.xml", "many.json"])
    func aTruncatedReportNamesTheFileAndTheReader(file: String) throws {
        let data = try Self.fixture(file).prefix(200)
        #expect {
            try ZAPReader.read(Data(data), path: "reports/" + file)
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/\(file): not a valid zap report:") == true
        }
    }
}
