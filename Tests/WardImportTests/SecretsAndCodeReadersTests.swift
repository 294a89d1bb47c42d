import Foundation
import Testing
import WardCore
@testable import WardImport

/// Fixtures of the secret, SAST and IaC readers, by tool folder.
enum CodeReaderFixtures {
    /// Fixture folder → the reader its files are in.
    static let readers: [String: any ReportReader.Type] = [
        "bandit": BanditReader.self,
        "checkov": CheckovReader.self,
        "detect-secrets": DetectSecretsReader.self,
        "ggshield": GGShieldReader.self,
        "gitleaks": GitleaksReader.self,
        "hadolint": HadolintReader.self,
        "kics": KICSReader.self,
        "noseyparker": NoseyParkerReader.self,
        "semgrep": SemgrepReader.self,
        "trufflehog": TruffleHogReader.self,
    ]

    /// Empty reports that carry nothing naming their tool (`[]`, or no lines at all): no reader may claim them.
    static let anonymous: Set = ["gitleaks/empty.json", "hadolint/empty.json", "noseyparker/empty.jsonl", "trufflehog/empty.jsonl"]

    static func data(_ tool: String, _ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(tool)/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static var sarif: Data {
        get throws { try data("sarif", "many.sarif") }
    }

    /// Reads a fixture with the reader of its folder.
    static func read(_ tool: String, _ name: String) throws -> ImportedReport {
        let reader = try #require(readers[tool])
        return try reader.read(try data(tool, name), path: name)
    }

    /// Whether reading the first 200 bytes of `many` throws an error naming the file and the reader.
    static func truncatedNamesFileAndReader(_ tool: String, many: String) throws -> Bool {
        let reader = try #require(readers[tool])
        let data = try data(tool, many).prefix(200)
        do {
            _ = try reader.read(Data(data), path: "reports/\(many)")
            return false
        } catch let error as ReportReadError {
            return error.description.hasPrefix("reports/\(many): not a valid \(reader.id) report:")
        }
    }
}

@Suite struct SecretsAndCodeReadersTests {
    @Test func registryIsSortedAndHoldsEveryReaderOnce() {
        let ids = ReportReaders.secretsAndCode.map { $0.id }
        #expect(ids == ids.sorted())
        #expect(Set(ids) == Set(CodeReaderFixtures.readers.values.map { $0.id }))
        #expect(ids.count == 10)
        for id in ids { #expect(ReportReaders.named(id)?.id == id) }
    }

    @Test func detectionPicksTheFolderReaderForEveryFixture() throws {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        var checked = 0
        for (folder, reader) in CodeReaderFixtures.readers {
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            #expect(files.count >= 3, "\(folder) needs empty, one and many")
            for file in files {
                let data = try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file))
                let detected = ReportReaders.detect(data)
                if CodeReaderFixtures.anonymous.contains("\(folder)/\(file)") {
                    #expect(detected == nil, "\(folder)/\(file)")
                } else {
                    #expect(detected == reader, "\(folder)/\(file) detected as \(detected?.id ?? "nothing")")
                }
                checked += 1
            }
        }
        #expect(checked == 30)
    }

    @Test func noReaderHereClaimsTheSARIFSample() throws {
        let sarif = try CodeReaderFixtures.sarif
        #expect(ReportReaders.secretsAndCode.allSatisfy { !$0.detect(sarif) })
    }
}
