import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct CheckovReaderTests {
    static func read(_ name: String) throws -> ImportedReport { try CodeReaderFixtures.read("checkov", name) }

    @Test func summaryOnlyReportHasNoFindingsButNamesTheTool() throws {
        let report = try Self.read("empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "checkov", version: "3.2.255", informationUri: "https://www.checkov.io")])
    }

    @Test func oneFailedCheckIsAFindingAndThePassedOneIsNot() throws {
        let report = try Self.read("one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.tool == "checkov")
        #expect(finding.ruleId == "CKV_AWS_20")
        #expect(finding.kind == .configuration)
        #expect(finding.severity == .high)
        #expect(finding.confidence == .high)
        #expect(finding.title == "S3 Bucket has an ACL defined which allows public READ access.")
        #expect(finding.message == "S3 Bucket has an ACL defined which allows public READ access.: aws_s3_bucket.reports")
        #expect(finding.cwe.isEmpty)
        #expect(finding.location == Location(
            path: "infra/s3.tf", startLine: 1, startColumn: 1, endLine: 4, endColumn: 1,
            snippet: "resource \"aws_s3_bucket\" \"reports\" {\n  bucket = \"acme-reports\"\n  acl    = \"public-read\"\n}"))
        #expect(finding.remediation == "See https://docs.prismacloud.io/en/enterprise-edition/policy-reference/aws-policies/s3-policies/s3-1-acl-read-permissions-everyone")
        #expect(finding.tags == ["terraform"])
        #expect(finding.fingerprint == Fingerprint.make(ruleId: "checkov/CKV_AWS_20", path: "infra/s3.tf", content: "aws_s3_bucket.reports"))
        #expect(report.tools.first?.version == "3.2.255")
    }

    @Test func manyFailedChecksFromAnArrayOfCheckTypes() throws {
        let report = try Self.read("many.json")
        #expect(report.findings.count == 13)  // 11 terraform + 2 dockerfile; 15 passed checks are not findings
        #expect(report.tools.first?.version == "2.0.209")
        #expect(report.findings.filter { $0.tags == ["terraform"] }.count == 11)
        let docker = report.findings[11]
        #expect(docker.ruleId == "CKV_DOCKER_3")
        #expect(docker.severity == .medium)  // open-source checkov writes null
        #expect(docker.title == "Ensure that a user for the container has been created")
        #expect(docker.message == "Ensure that a user for the container has been created: /aws/resources/Dockerfile.")
        #expect(docker.location == Location(
            path: "infra/terraform/aws/resources/Dockerfile", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, snippet: "FROM python:3.7-slim"))
        #expect(docker.remediation == "See https://docs.bridgecrew.io/docs/ensure-that-a-user-for-the-container-has-been-created")
        #expect(docker.tags == ["dockerfile"])
        #expect(Set(report.findings.map(\.fingerprint)).count == 13)
    }

    @Test func detectionPicksCheckovButNotSARIF() throws {
        for name in ["empty.json", "one.json", "many.json"] {
            #expect(ReportReaders.detect(try CodeReaderFixtures.data("checkov", name)) == CheckovReader.self)
        }
        #expect(!CheckovReader.detect(try CodeReaderFixtures.sarif))
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        #expect(try CodeReaderFixtures.truncatedNamesFileAndReader("checkov", many: "many.json"))
    }
}
