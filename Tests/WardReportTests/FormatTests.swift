import Foundation
import Testing
import WardCore
@testable import WardReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// What each format promises beyond matching its golden file.
@Suite struct FormatTests {
    static func render(_ format: ReportFormatName, _ report: ScanReport = SampleReports.sample) throws -> String {
        try ReportFormats.named(format).renderString(report)
    }

    static func jsonObject(_ format: ReportFormatName) throws -> [String: Any] {
        let bytes = try ReportFormats.named(format).render(SampleReports.sample)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    // MARK: - Secrets

    @Test(arguments: ReportFormatName.allCases)
    func noFormatCarriesASecretInClear(format: ReportFormatName) throws {
        let output = try Self.render(format)
        #expect(!output.contains(SampleReports.clearAWSKey))
        #expect(!output.contains(SampleReports.clearToken))
        #expect(!output.contains(String(SampleReports.clearToken.dropFirst(4))))
        #expect(output.contains(SampleReports.awsSecret.redacted))
        #expect(output.contains(SampleReports.tokenSecret.redacted))
        if [.json, .sarif, .csv, .junit].contains(format) {
            #expect(output.contains(SampleReports.awsSecret.sha256))
            #expect(output.contains(SampleReports.tokenSecret.sha256))
        }
    }

    // MARK: - Registry

    @Test func registryListsEveryFormatOnceSorted() {
        let names = ReportFormats.builtIn.map(\.name.rawValue)
        #expect(names == names.sorted())
        #expect(Set(names) == Set(ReportFormatName.allCases.map(\.rawValue)))
        #expect(names.count == ReportFormatName.allCases.count)
        for name in ReportFormatName.allCases { #expect(ReportFormats.named(name).name == name) }
    }

    @Test func formatNamesParseCaseInsensitivelyAndRejectUnknownOnes() throws {
        #expect(try ReportFormats.named("SARIF").name == .sarif)
        #expect(throws: InputError.self) { try ReportFormats.named("xml") }
    }

    // MARK: - Table

    @Test func tableWithoutColourHasNoEscapesAndShowsScannedControlsVisibly() throws {
        let output = try Self.render(.table)
        #expect(!output.contains("\u{1B}"))
        #expect(!output.contains("\u{202E}"))
        #expect(output.contains("\\x1b[31m\\x07<U+202E>"))
        #expect(output.contains("(no file)"))
        #expect(output.contains("5 findings: 1 critical, 2 high, 1 medium, 1 info."))
        #expect(output.contains("pkg:pypi/jinja2@2.10, fixed in 2.10.1"))
        #expect(output.contains("VEX under_investigation: reachability being checked (vex/openvex.json)"))
        #expect(try Self.render(.table, SampleReports.empty).contains("No findings."))
    }

    @Test func colouredTableColoursSeverities() throws {
        let output = try TableFormat(colour: true).renderString(SampleReports.sample)
        #expect(output.contains("\u{1B}[1;31mCRITICAL"))
        #expect(!output.contains("\u{1B}[31m\u{07}"), "scanned escapes must stay inert")
    }

    // MARK: - CSV

    @Test func csvQuotesAndNeutralisesFormulas() {
        #expect(CSVFormat.field("plain") == "plain")
        #expect(CSVFormat.field("a,b") == "\"a,b\"")
        #expect(CSVFormat.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVFormat.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSVFormat.field("=1+2") == "'=1+2")
        #expect(CSVFormat.field("+1") == "'+1")
        #expect(CSVFormat.field("-2") == "'-2")
        #expect(CSVFormat.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVFormat.field("\tx") == "'\tx")
        #expect(CSVFormat.field("\rx") == "\"'\rx\"")
        #expect(CSVFormat.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(CSVFormat.field("bell\u{07}") == "bell\\x07")
    }

    @Test func csvHasAHeaderAndOneCRLFRowPerFinding() throws {
        let output = try Self.render(.csv)
        #expect(output.hasPrefix(CSVFormat.columns.joined(separator: ",") + "\r\n"))
        #expect(output.components(separatedBy: "\r\n").count == SampleReports.findings.count + 2)
        #expect(output.contains(",'@sync endpoint uses plain HTTP: http://example.com/api,,,\r\n"))
        #expect(output.contains(",pkg:pypi/jinja2@2.10,2.10.1,under_investigation\r\n"))
    }

    // MARK: - JUnit

    @Test func junitEscapesAttributesAndTextAndDropsInvalidCharacters() {
        #expect(XML.attribute("a<b & \"c\" 'd'\t\n") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&#9;\\x0a")
        #expect(XML.text("<x> & y\u{1B}\u{07}\u{202E}\r\n\u{FFFF}") == "&lt;x&gt; &amp; y\\x1b\\x07&lt;U+202E&gt;&#13;\n")
    }

    #if canImport(FoundationXML) || canImport(Darwin)
    @Test func junitIsWellFormedAndCountsFindings() throws {
        let recorder = JUnitRecorder()
        let parser = XMLParser(data: Data(try ReportFormats.named(.junit).render(SampleReports.sample)))
        parser.delegate = recorder
        #expect(parser.parse(), "JUnit output is not well-formed XML: \(String(describing: parser.parserError))")
        #expect(recorder.testCases.count == 5)
        #expect(recorder.failures == 5)
        #expect(recorder.testCases.contains { $0.classname == SampleReports.awsPath && $0.name == "aws-access-key-id at line 3" })
        #expect(recorder.suiteCounts == ["5", "5"])
        #expect(recorder.testCases.contains { $0.classname == "backend/requirements.txt" && $0.name == "GHSA-462w-v97r-4m45 at line 4" })
    }

    @Test func emptyJUnitHasOnePassingTestCase() throws {
        let recorder = JUnitRecorder()
        let parser = XMLParser(data: Data(try ReportFormats.named(.junit).render(SampleReports.empty)))
        parser.delegate = recorder
        #expect(parser.parse())
        #expect(recorder.testCases.count == 1)
        #expect(recorder.failures == 0)
    }
    #endif

    // MARK: - SARIF

    @Test func sarifResultsPointAtTheirRulesAndRulesCarrySecuritySeverity() throws {
        let run = try #require((try Self.jsonObject(.sarif)["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["aws-access-key-id", "generic-api-token", "insecure-transport", "missing-security-header", "GHSA-462w-v97r-4m45"])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let aws = rules[0]
        #expect(aws["name"] as? String == "AWSAccessKeyID")
        let properties = try #require(aws["properties"] as? [String: Any])
        #expect(properties["security-severity"] as? String == "9.5")
        #expect((properties["tags"] as? [String])?.contains("external/cwe/cwe-798") == true)
        #expect(results.map { $0["level"] as? String } == ["note", "error", "error", "error", "warning"])

        let dependency = try #require(results.first { $0["ruleId"] as? String == "GHSA-462w-v97r-4m45" })
        let location = (dependency["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "backend/requirements.txt")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 4)
        let resultProperties = try #require(dependency["properties"] as? [String: Any])
        #expect(resultProperties["purl"] as? String == "pkg:pypi/jinja2@2.10")
        #expect(resultProperties["advisoryId"] as? String == "GHSA-462w-v97r-4m45")
        #expect(resultProperties["advisoryAliases"] as? [String] == ["CVE-2019-10906", "PYSEC-2019-217"])
        #expect(resultProperties["fixedVersions"] as? [String] == ["2.10.1"])
    }

    @Test func gitlabSecretDetectionLeavesOtherKindsOut() throws {
        let vulnerabilities = try #require(try Self.jsonObject(.gitlab)["vulnerabilities"] as? [[String: Any]])
        #expect(vulnerabilities.count == SampleReports.findings.filter { $0.kind == .secret }.count)
        #expect(vulnerabilities.allSatisfy { $0["category"] as? String == "secret_detection" })
        #expect(!vulnerabilities.contains { ($0["name"] as? String)?.contains("jinja2") == true })
    }

    @Test func sarifEncodesPathsAsURIs() {
        #expect(SARIFFormat.percentEncoded("config/app settings & \"prod\".yml") == "config/app%20settings%20%26%20%22prod%22.yml")
        #expect(SARIFFormat.percentEncoded("src/café.swift") == "src/caf%C3%A9.swift")
        #expect(SARIFFormat.pascalCase("AWS access key ID", fallback: "x") == "AWSAccessKeyID")
        #expect(SARIFFormat.pascalCase("—", fallback: "generic-api-token") == "GenericApiToken")
    }

    // MARK: - GitLab

    @Test func gitlabIdsAreStableUUIDsDistinctPerFindingAndCommit() throws {
        let ids = SampleReports.findings.map(GitLabSecretDetectionFormat.vulnerabilityId)
        #expect(Set(ids).count == ids.count)
        #expect(ids == SampleReports.findings.map(GitLabSecretDetectionFormat.vulnerabilityId))
        let uuid = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        for id in ids { #expect(id.wholeMatch(of: uuid) != nil, "\(id)") }
        let index = try #require(SampleReports.findings.firstIndex { $0.commit != nil })
        var moved = SampleReports.findings[index]
        moved.location?.startLine += 10
        #expect(GitLabSecretDetectionFormat.vulnerabilityId(moved) == ids[index])
        moved.commit?.commit = "0123456789abcdef0123456789abcdef01234567"
        #expect(GitLabSecretDetectionFormat.vulnerabilityId(moved) != ids[index])
    }

    // MARK: - JSON

    @Test func jsonRoundTripsAndUsesWholeSecondUTCDates() throws {
        let bytes = try JSONFormat().render(SampleReports.sample)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"startedAt\": \"2024-05-01T12:00:00Z\""))
        #expect(text.contains("\"finishedAt\": \"2024-05-01T12:00:01Z\""))
        let decoded = try JSONFormat.decode(bytes)
        #expect(decoded.findings == SampleReports.sample.findings)
        #expect(decoded.rules == SampleReports.sample.rules)
        #expect(decoded.startedAt == SampleReports.started)
    }

    @Test func timestampsAreUTCCivilDates() {
        #expect(Formatting.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(Formatting.iso8601(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(Formatting.plainUTC(Date(timeIntervalSince1970: 1_709_208_000.9)) == "2024-02-29T12:00:00")
        #expect(Formatting.iso8601(Date(timeIntervalSince1970: 4_102_444_800)) == "2100-01-01T00:00:00Z")
        #expect(Formatting.bytes(999) == "999 B")
        #expect(Formatting.bytes(34_567) == "34.6 kB")
        #expect(Formatting.bytes(999_999) == "1.0 MB")
        #expect(Formatting.fixed(2.5, places: 0) == "3")
        #expect(Formatting.fixed(-0.004, places: 2) == "0.00")
        #expect(Formatting.fixed(0.25, places: 3) == "0.250")
    }
}

#if canImport(FoundationXML) || canImport(Darwin)
/// Collects what a JUnit consumer would read.
final class JUnitRecorder: NSObject, XMLParserDelegate {
    var testCases: [(classname: String, name: String)] = []
    var failures = 0
    var suiteCounts: [String] = []

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch element {
        case "testcase": testCases.append((attributes["classname"] ?? "", attributes["name"] ?? ""))
        case "failure": failures += 1
        case "testsuite": suiteCounts = [attributes["tests"] ?? "", attributes["failures"] ?? ""]
        default: break
        }
    }
}
#endif
