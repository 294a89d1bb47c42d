import Testing
import WardCore
@testable import WardGovern

/// Hostile `ward.yml` and baseline files get a clear error, never a crash or a hang.
@Suite struct GovernanceYAMLReaderTests {
    static func refuses(_ text: String) -> Bool {
        do {
            _ = try ProjectGovernance.parse(yaml: text, path: "w.yml")
            return false
        } catch {
            return error.path == "w.yml"
        }
    }

    @Test func deeplyNestedFlowCollections() {
        #expect(Self.refuses("profile:\n  regulations: " + String(repeating: "[", count: 200_000) + "\n"))
    }

    @Test func deeplyNestedBlockSequences() {
        #expect(Self.refuses("profile:\n  regulations:\n    " + String(repeating: "- ", count: 200_000) + "x\n"))
    }

    @Test func aliasExpansionBomb() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        #expect(Self.refuses(text + "profile:\n  regulations: *a9\n"))
    }

    @Test func oversizedFile() throws {
        let text = "profile:\n  regulations: [" + String(repeating: "x", count: GovernanceYAMLReader.maximumSize) + "]\n"
        let error = try #require(throws: InputError.self) { try ProjectGovernance.parse(yaml: text, path: "w.yml") }
        #expect(error.message == "file is larger than 1 MB; governance files are expected to be small")
    }

    @Test(arguments: [("7d", 7), ("2w", 14), ("weekly", 7), ("monthly", 31), ("quarterly", 92), ("yearly", 366)])
    func dayValues(text: String, days: Int) throws {
        #expect(GovernanceYAMLReader.days(text) == days)
    }

    @Test func badDayValues() {
        for text in ["0d", "-3d", "7x", "d", "fortnight", "99999999d"] { #expect(GovernanceYAMLReader.days(text) == nil, "\(text)") }
    }
}
