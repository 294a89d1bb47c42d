import Foundation
import Testing

/// docs/rules/secrets.md is generated from the registry; this fails when it is stale.
/// Regenerate with: `swift run ward rules list --markdown > docs/rules/secrets.md`.
@Suite struct RuleReferenceTests {
    @Test func generatedRuleReferenceIsCurrent() throws {
        let box = try Sandbox()
        let run = try Ward.run(["rules", "list", "--markdown"], in: box.path)
        #expect(run.status == 0)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/rules/secrets.md"), encoding: .utf8)
        #expect(committed == run.stdout, "docs/rules/secrets.md is stale: swift run ward rules list --markdown > docs/rules/secrets.md")
    }
}
