import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct DetectSecretsReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("detect-secrets", name) }

    @Test func emptyBaselineHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "detect-secrets", version: "1.5.0", informationUri: "https://github.com/Yelp/detect-secrets")])
    }

    @Test func oneSecretKeepsOnlyTheToolsHash() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "detect-secrets")
        #expect(finding.ruleId == "AWS Access Key")
        #expect(finding.kind == .secret)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .medium)
        #expect(finding.title == "AWS Access Key")
        #expect(finding.message == "AWS Access Key found in config/settings.py")
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(path: "config/settings.py", startLine: 4, startColumn: 1, endLine: 4, endColumn: 1))
        #expect(finding.secret == nil)  // a baseline holds a SHA-1 of the secret, never the value
        #expect(finding.tags.isEmpty)
        #expect(finding.analysis == nil)
        #expect(finding.fingerprint == Fingerprint.make(
            ruleId: "detect-secrets/AWS Access Key", path: "config/settings.py", content: "25910f981e85ca04baf359199dd0bd4a3ae738b6"))
    }

    @Test func manySecretsFromARealBaselineKeepAuditVerdicts() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 4)
        #expect(report.tools.first?.version == "1.0.3")
        #expect(report.findings.map { $0.location?.startLine } == [109, 112, 151, 156])
        let confirmed = report.findings[3]
        #expect(confirmed.location?.path == "modules_images")
        #expect(confirmed.ruleId == "Secret Keyword")
        #expect(confirmed.confidence == .high)  // is_secret: true
        #expect(confirmed.analysis == nil)
        let dismissed = report.findings[1]
        #expect(dismissed.location?.path == "example/pkg/docker_registry_watcher/docker_registry_watcher.go")
        #expect(dismissed.confidence == .low)
        #expect(dismissed.analysis == FindingAnalysis(state: .notAffected, justification: "audited as not a secret in the detect-secrets baseline", source: "many.json"))
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
    }

    @Test func detectionPicksDetectSecretsButNotSARIF() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try CodeReaderFixtures.data("detect-secrets", name)) == DetectSecretsReader.self)
        }
        #expect(!DetectSecretsReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("detect-secrets", many: "many.json"))
    }
}
