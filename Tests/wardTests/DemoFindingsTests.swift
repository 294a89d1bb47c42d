import Foundation
import Testing

/// The demo project plants weaknesses in every language and configuration format next to safe
/// twins; examples/demo-app/expected-findings.txt lists where each must be found, and nothing else.
@Suite struct DemoFindingsTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/demo-app").path

    @Test func everyPlantedWeaknessIsFoundAtItsLineAndNoSafeTwinIs() throws {
        let expected = try String(contentsOfFile: Self.demo + "/expected-findings.txt", encoding: .utf8)
            .split(separator: "\n").map { String($0) }.filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let run = try Ward.run([
            "scan", Self.demo, "--no-secrets", "--no-components", "--format", "json", "--config", Self.demo + "/ward.yml",
        ], in: FileManager.default.temporaryDirectory.path)
        #expect(run.status == 0, "\(run.stderr)")
        struct Report: Decodable {
            struct Finding: Decodable {
                struct Location: Decodable { var path: String; var startLine: Int }
                var ruleId: String
                var kind: String
                var location: Location?
            }
            var findings: [Finding]
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8))
        let found = report.findings.filter { $0.kind == "code" || $0.kind == "configuration" }
            .map { "\($0.ruleId) \($0.location?.path ?? "-"):\($0.location?.startLine ?? 0)" }
        let missing = Set(expected).subtracting(found).sorted()
        let unexpected = Set(found).subtracting(expected).sorted()
        #expect(missing.isEmpty, "expected but not found: \(missing)")
        #expect(unexpected.isEmpty, "found but not expected: \(unexpected)")
        #expect(expected.count >= 100)
        let languages = Set(found.compactMap { $0.split(separator: " ").last?.split(separator: ":").first?.split(separator: ".").last.map(String.init) })
        #expect(languages.isSuperset(of: ["py", "go", "java", "kt", "ts", "swift", "tf", "yml", "plist", "xml"]), "\(languages)")
    }
}
