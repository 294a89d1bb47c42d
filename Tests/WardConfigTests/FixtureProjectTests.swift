import Foundation
import Testing
import WardCore
@testable import WardConfig

/// Scans the fixture project (one realistic file per configuration type, plus files that must be
/// ignored) and checks the exact findings: rule id, path and line.
@Suite struct FixtureProjectTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/project").path

    /// Every file of the fixture project as the engine would see it, paths relative to the project.
    static func blobs() throws -> [Blob] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: root))
        var blobs: [Blob] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
            blobs.append(Blob(path: relative, bytes: Array(data)))
        }
        return blobs.sorted { $0.path < $1.path }
    }

    static func scan() throws -> [Finding] {
        ScanEngine(scanners: [try ConfigScanner()], threads: 1).scan(blobs: try blobs()).findings.sorted(by: Finding.reportOrder)
    }

    static func summary(_ findings: [Finding], under prefix: String) -> [String] {
        findings.filter { $0.location?.path.hasPrefix(prefix) == true }.map { "\($0.location?.startLine ?? 0) \($0.ruleId)" }
    }

    @Test func dockerfileFindings() throws {
        #expect(Self.summary(try Self.scan(), under: "Dockerfile") == [
            "9 docker-pipe-to-shell", "14 docker-sudo", "17 docker-missing-healthcheck", "17 docker-root-user",
            "17 docker-unpinned-base-image", "19 docker-secret-in-env", "20 docker-add-remote-url",
        ])
    }

    @Test func kubernetesFindingsInHelmRenderedStream() throws {
        #expect(Self.summary(try Self.scan(), under: "deploy/k8s/") == [
            "23 k8s-secret-in-env", "41 k8s-host-namespace", "44 k8s-unpinned-image", "46 k8s-privileged-container",
        ])
    }

    @Test func workflowFindings() throws {
        #expect(Self.summary(try Self.scan(), under: ".github/") == [
            "13 gha-pull-request-target-checkout", "14 gha-unpinned-third-party-action", "18 gha-script-injection", "19 gha-secret-echoed",
        ])
    }

    @Test func gitlabFindings() throws {
        #expect(Self.summary(try Self.scan(), under: ".gitlab-ci.yml") == [
            "1 gitlab-unpinned-image", "10 gitlab-pipe-to-shell", "21 gitlab-unpinned-image", "23 gitlab-secret-echoed",
        ])
    }

    @Test func terraformFindings() throws {
        #expect(Self.summary(try Self.scan(), under: "infra/") == [
            "10 tf-s3-missing-encryption", "12 tf-s3-public-acl", "23 tf-open-admin-port", "36 tf-db-publicly-accessible", "48 tf-iam-wildcard-policy", "56 tf-unencrypted-storage",
        ])
    }

    @Test func iosFindings() throws {
        #expect(Self.summary(try Self.scan(), under: "ios/") == [
            "6 ios-get-task-allow", "12 ios-custom-url-scheme", "18 ios-ats-arbitrary-loads", "24 ios-ats-insecure-subdomains",
            "26 ios-ats-insecure-http-exception", "28 ios-ats-weak-tls-version",
        ])
    }

    @Test func androidFindings() throws {
        #expect(Self.summary(try Self.scan(), under: "android/") == [
            "7 android-allow-backup", "8 android-debuggable", "9 android-network-security-config", "18 android-exported-component",
            "19 android-implicit-export", "6 android-nsc-user-certificates", "9 android-nsc-cleartext-permitted",
        ])
    }

    @Test func filesThatAreNotKubernetesOrConfigAreIgnored() throws {
        let findings = try Self.scan()
        #expect(findings.count == 38)
        #expect(!findings.contains { $0.location?.path == "docker-compose.yml" || $0.location?.path == "src/server.js" || $0.location?.path == "README.md" })
    }

    /// The finding a reader sees: exact position, snippet, severity, and the secret never in clear.
    @Test func secretFindingIsRedactedAndPrecise() throws {
        let finding = try #require(try Self.scan().first { $0.ruleId == "k8s-secret-in-env" })
        let redacted = RedactedSecret(secret: Array("Pq9-notreal-Tz7w".utf8)).redacted
        #expect(redacted.hasPrefix("Pq9-…"))
        #expect(finding.location == Location(path: "deploy/k8s/app.yaml", startLine: 23, startColumn: 15, endLine: 23, endColumn: 40,
                                             snippet: "value: \"\(redacted)\""))
        #expect(finding.severity == .high)
        #expect(finding.kind == .configuration)
        #expect(finding.tool == "ward")
        #expect(finding.message == "Secret as a literal environment value: DB_PASSWORD")
        #expect(finding.secret?.redacted == redacted)
        #expect(finding.secret?.sha256 == SHA256Hex.digest(of: "Pq9-notreal-Tz7w"))
        let encoded = String(decoding: try JSONEncoder().encode(finding), as: UTF8.self)
        #expect(!encoded.contains("Pq9-notreal-Tz7w"))
    }

    /// Fingerprints leave the line number out: moving the finding down keeps its identity.
    @Test func fingerprintSurvivesLineMoves() throws {
        let scanner = try ConfigScanner()
        let text = "FROM alpine:3.20\nUSER app\nADD https://example.com/a.tgz /opt/\n"
        let before = scanner.scan(text: text, path: "Dockerfile").filter { $0.ruleId == "docker-add-remote-url" }
        let after = scanner.scan(text: "# moved\n\n" + text, path: "Dockerfile").filter { $0.ruleId == "docker-add-remote-url" }
        #expect(before.count == 1 && after.count == 1)
        #expect(before.first?.location?.startLine == 3 && after.first?.location?.startLine == 5)
        #expect(before.first?.fingerprint == after.first?.fingerprint)
        let twice = scanner.scan(text: text + "ADD https://example.com/a.tgz /opt/\n", path: "Dockerfile").filter { $0.ruleId == "docker-add-remote-url" }
        #expect(Set(twice.map(\.fingerprint)).count == 2)
    }
}
