import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct NoseyParkerReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("noseyparker", name) }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.jsonl")
        #expect(report.findings.isEmpty)
        #expect(report.tools.map(\.name) == ["noseyparker"])
    }

    @Test func oneMatchFromARecentReportDecodesItsCaptureGroup() throws {
        let report = try Self.read("one.jsonl")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let secret = RedactedSecret(secret: Array("AKIAIOSFODNN7EXAMPLE".utf8))
        #expect(finding.tool == "noseyparker")
        #expect(finding.ruleId == "np.aws.1")
        #expect(finding.kind == .secret)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .high)
        #expect(finding.title == "AWS API Key")
        #expect(finding.message == "AWS API Key found in config/settings.py")
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(path: "config/settings.py", startLine: 4, startColumn: 14, endLine: 4, endColumn: 33))
        #expect(finding.secret == secret)
        #expect(finding.commit == nil)
        #expect(finding.tags.isEmpty)
        #expect(finding.analysis == nil)
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "noseyparker/np.aws.1", path: "config/settings.py", content: secret.sha256))
    }

    @Test func manyMatchesFromARealReport() throws {
        let report = try Self.read("many.jsonl")
        #expect(report.findings.count == 6)  // 5 findings, one with 2 matches
        let password = report.findings[3]
        #expect(password.ruleId == "Generic Password (double quoted)")
        #expect(password.confidence == .medium)
        #expect(password.location == Location(path: "references/Microsoft.json", startLine: 161, startColumn: 30, endLine: 161, endColumn: 50))
        #expect(password.secret == RedactedSecret(secret: Array("Password".utf8)))
        #expect(password.commit == GitProvenance(commit: "776f9a49398cb90f9a95f4f321bcc2009d84", author: "Yoda", email: "yoda@test.com", date: "1748581495 +0000"))
        #expect(report.findings.allSatisfy { $0.location?.snippet == nil })
        #expect(Set(report.findings.map(\.fingerprint)).count == 6)
    }

    @Test func theJSONArrayFormReadsLikeJSONLines() throws {
        let lines = try CodeReaderFixtures.data("noseyparker", "many.jsonl")
        let records = lines.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        let array = Data(("[" + records.joined(separator: ",\n") + "]").utf8)
        #expect(NoseyParkerReader.detect(array))
        let fromArray = try NoseyParkerReader.read(array, path: "np.json").findings
        let fromLines = try NoseyParkerReader.read(lines, path: "np.jsonl").findings
        #expect(fromArray.count == 6)
        #expect(fromArray == fromLines)
    }

    @Test func detectionPicksNoseyParkerButNotSARIF() throws {
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("noseyparker", "many.jsonl")) == NoseyParkerReader.self)
        #expect(ReportReaders.detect(try CodeReaderFixtures.data("noseyparker", "one.jsonl")) == NoseyParkerReader.self)
        #expect(!NoseyParkerReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("noseyparker", many: "many.jsonl"))
    }
}
