import Foundation
import Testing
import WardCore
@testable import WardImport

@Suite struct MobSFReaderTests {
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/mobsf/" + name, withExtension: nil))
        return try Data(contentsOf: url)
    }

    @Test func emptyReportHasNoFindingsButNamesTheTool() throws {
        let report = try MobSFReader.read(try Self.fixture("empty.json"), path: "empty.json")
        #expect(report.findings.isEmpty)
        #expect(report.tools == [ToolInfo(name: "mobsf", version: "4.0.4", informationUri: "https://github.com/MobSF/Mobile-Security-Framework-MobSF")])
    }

    @Test func oneCodeFindingKeepsEveryMappedFieldAndPassedChecksAreSkipped() throws {
        let report = try MobSFReader.read(try Self.fixture("one.json"), path: "one.json")
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.ruleId == "android_insecure_random")
        #expect(finding.tool == "mobsf")
        #expect(finding.kind == .code)
        #expect(finding.severity == .medium)  // warning
        #expect(finding.confidence == .medium)
        #expect(finding.title == "The App uses an insecure Random Number Generator.")
        #expect(finding.message == "The App uses an insecure Random Number Generator.")
        #expect(finding.cwe == [330])
        #expect(finding.location == Location(path: "com/example/wallet/otp/OtpGenerator.java", startLine: 42, startColumn: 1, endLine: 42, endColumn: 1))
        #expect(finding.remediation == "https://github.com/MobSF/owasp-mstg/blob/master/Document/0x05e-Testing-Cryptography.md#weak-random-number-generators")
        #expect(finding.tags == ["M5: Insufficient Cryptography", "MSTG-CRYPTO-6"])
        #expect(finding.fingerprint == Fingerprint.make(
            ruleId: "mobsf/android_insecure_random", path: "com/example/wallet/otp/OtpGenerator.java", content: "The App uses an insecure Random Number Generator."))
    }

    @Test func manyFindingsFromARealIOSReport() throws {
        let report = try MobSFReader.read(try Self.fixture("many-ios.json"), path: "many-ios.json")
        #expect(report.findings.count == 4)
        #expect(report.tools.first?.version == "3.7.9 Beta")
        #expect(report.findings.map(\.ruleId) == ["binary-makes-use-of-insecure-api-s", "binary-makes-use-of-malloc-function", "binary-arc", "binary-encrypted"])
        let api = try #require(report.findings.first)
        #expect(api.kind == .code)
        #expect(api.severity == .high)
        #expect(api.title == "Binary makes use of insecure API(s)")
        #expect(api.message == "The binary may contain the following insecure API(s) _memcpy\n, _strlen\n")
        #expect(api.cwe == [676])
        #expect(api.tags == ["M7: Client Code Quality", "MSTG-CODE-8"])
        #expect(api.location == nil)
        let encrypted = try #require(report.findings.last)
        #expect(encrypted.kind == .configuration)
        #expect(encrypted.severity == .medium)
        #expect(encrypted.title == "BitbarIOSSample: This binary is not encrypted.")
        #expect(encrypted.fingerprint == Fingerprint.make(ruleId: "mobsf/binary-encrypted", path: "bitbar-ios-sample.ipa", content: "BitbarIOSSample encrypted"))
        #expect(Set(report.findings.map(\.fingerprint)).count == 4)
    }

    @Test func androidSectionsAndRedactedSecrets() throws {
        let report = try MobSFReader.read(try Self.fixture("many-android.json"), path: "many-android.json")
        #expect(report.findings.count == 12)
        #expect(report.findings.filter { $0.kind == .code }.count == 4)
        #expect(report.findings.filter { $0.kind == .configuration }.count == 7)
        let debuggable = try #require(report.findings.first { $0.ruleId == "manifest-app_is_debuggable" })
        #expect(debuggable.title == "Debug Enabled For App [android:debuggable=true]")
        #expect(debuggable.severity == .high)
        let exported = try #require(report.findings.first { $0.ruleId == "manifest-exported_activity" })
        #expect(exported.title == "Activity (com.example.wallet.ShareActivity) is not Protected. [android:exported=true]")
        let camera = try #require(report.findings.first { $0.ruleId == "permission-dangerous" })
        #expect(camera.title == "Dangerous permission android.permission.CAMERA")
        #expect(camera.severity == .low)
        #expect(report.findings.contains { $0.ruleId == "certificate-application-vulnerable-to-janus-vulnerability" && $0.severity == .medium })
        #expect(report.findings.contains { $0.ruleId == "binary-stack-canary" && $0.severity == .high && $0.title.hasPrefix("lib/arm64-v8a/libnative-lib.so: ") })
        let logging = report.findings.filter { $0.ruleId == "android_logging" }
        #expect(logging.map { "\($0.location?.path ?? ""):\($0.location?.startLine ?? 0)" } == [
            "com/example/wallet/MainActivity.java:54", "com/example/wallet/api/ApiClient.java:31", "com/example/wallet/api/ApiClient.java:88"])
        #expect(logging.first?.severity == .info)
        #expect(logging.first?.cwe == [532])
        #expect(logging.first?.tags == ["MSTG-STORAGE-3"])
        let value = "AIzaSyEXAMPLE-fake-key-000000000000000"
        let secret = try #require(report.findings.first { $0.kind == .secret })
        #expect(secret.ruleId == "hardcoded-secret")
        #expect(secret.title == "Possible hardcoded secret: google_api_key")
        #expect(secret.secret == RedactedSecret(secret: Array(value.utf8)))
        #expect(!secret.message.contains(value) && !secret.title.contains(value))
        #expect(secret.cwe == [798])
        #expect(Set(report.findings.map(\.fingerprint)).count == 12)
    }

    @Test func detectionPicksMobSFForEveryMobSFFixture() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/mobsf", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 4)
        for file in files {
            #expect(ReportReaders.detect(try Data(contentsOf: folder.appendingPathComponent(file))) == MobSFReader.self, "\(file)")
        }
        let sarif = try #require(Bundle.module.url(forResource: "Fixtures/sarif/many.sarif", withExtension: nil))
        #expect(!MobSFReader.detect(try Data(contentsOf: sarif)))
    }

    @Test func aReportThatIsNotAnObjectIsRejected() throws {
        #expect {
            try MobSFReader.read(Data(#"[{"file_name": "app.apk"}]"#.utf8), path: "mobsf.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("mobsf.json: not a valid mobsf report:") == true
        }
    }

    @Test func aTruncatedReportNamesTheFileAndTheReader() throws {
        let data = try Self.fixture("one.json").prefix(200)
        #expect {
            try MobSFReader.read(Data(data), path: "reports/mobsf.json")
        } throws: { error in
            (error as? ReportReadError)?.description.hasPrefix("reports/mobsf.json: not a valid mobsf report:") == true
        }
    }
}
