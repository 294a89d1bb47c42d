import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct KICSReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("kics", name) }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "kics", version: "v2.1.3", informationUri: "https://kics.io")])
    }

    @Test func oneResultKeepsQueryCWEAndExpectedValue() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        let key = "metadata.name={{api}}.spec.template.spec.containers.name={{api}}.securityContext"
        #expect(finding.tool == "kics")
        #expect(finding.ruleId == "cf34805e-3872-4c08-bf92-6ff7bb0cfadb")
        #expect(finding.kind == .configuration)
        #expect(finding.severity == .medium)
        #expect(finding.confidence == .high)
        #expect(finding.title == "Container Running As Root")
        #expect(finding.message == "Containers should only run as non-root user. This limits the exploitability of security misconfigurations and restricts an attacker's possible actions in case of compromise. Expected: \(key).runAsNonRoot is true. Actual: \(key).runAsNonRoot is undefined.")
        #expect(finding.cwe == [250])
        #expect(finding.location == Location(path: "deploy/k8s/api.yaml", startLine: 19, startColumn: 1, endLine: 19, endColumn: 1))
        #expect(finding.remediation == "\(key).runAsNonRoot is true")
        #expect(finding.tags == ["Best Practices", "Kubernetes"])
        #expect(finding.fingerprint == Fingerprint.make(
            ruleId: "kics/cf34805e-3872-4c08-bf92-6ff7bb0cfadb", path: "deploy/k8s/api.yaml", content: key + "|MissingAttribute"))
    }

    @Test func manyResultsFromARealReport() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 18)
        let secret = try #require(report.findings.first)
        #expect(secret.kind == .secret)  // "Secret Management" query
        #expect(secret.message == "Query to find passwords and secrets in infrastructure code.")
        #expect(secret.remediation == nil)
        let s3 = try #require(report.findings.first { $0.title == "S3 Bucket Access to Any Principal" })
        #expect(s3.ruleId == "7af43613-6bb9-4a0e-8c4d-1314b799425e")
        #expect(s3.severity == .high)
        #expect(s3.kind == .configuration)
        #expect(s3.location == Location(path: "test/charts/example/terraform/s3.tf", startLine: 36, startColumn: 1, endLine: 36, endColumn: 1))
        #expect(s3.message.hasSuffix("when there are All Principals. Expected: aws_s3_bucket_policy[this].policy.Principal is not equal to, nor does it contain '*'. Actual: aws_s3_bucket_policy[this].policy.Principal is equal to or contains '*'."))
        #expect(s3.tags == ["Access Control", "Terraform"])
        #expect(Set(report.findings.map(\.fingerprint)).count == 18)
    }

    @Test func detectionPicksKICSButNotSARIF() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try CodeReaderFixtures.data("kics", name)) == KICSReader.self)
        }
        #expect(!KICSReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("kics", many: "many.json"))
    }
}
