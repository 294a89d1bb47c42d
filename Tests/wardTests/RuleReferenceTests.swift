import Foundation
import Testing

/// docs/rules/ is generated from the registries; this fails when a page is stale.
/// Regenerate with: `swift run ward rules list --kind KIND --markdown > docs/rules/PAGE.md`.
@Suite struct RuleReferenceTests {
    @Test(arguments: [("secret", "secrets.md"), ("code", "code.md"), ("config", "configuration.md")])
    func generatedRuleReferenceIsCurrent(kind: String, page: String) throws {
        let box = try Sandbox()
        let run = try Ward.run(["rules", "list", "--kind", kind, "--markdown"], in: box.path)
        #expect(run.status == 0)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/rules/\(page)"), encoding: .utf8)
        #expect(committed == run.stdout, "docs/rules/\(page) is stale: swift run ward rules list --kind \(kind) --markdown > docs/rules/\(page)")
    }

    @Test func listAndExplainCoverEveryKind() throws {
        let box = try Sandbox()
        for (kind, id) in [("secret", "aws-access-key-id"), ("code", "python-sql-query-formatting"), ("config", "docker-root-user")] {
            let list = try Ward.run(["rules", "list", "--kind", kind], in: box.path)
            #expect(list.status == 0)
            #expect(list.stdout.contains(id), "\(id) missing from ward rules list --kind \(kind)")
            let explain = try Ward.run(["rules", "explain", id], in: box.path)
            #expect(explain.status == 0)
            #expect(explain.stdout.contains("kind:       \(kind)"))
            #expect(explain.stdout.contains("How to fix"))
        }
        let swift = try Ward.run(["rules", "list", "--kind", "code", "--language", "swift"], in: box.path)
        #expect(swift.stdout.contains("swift-keychain-accessible-always"))
        #expect(!swift.stdout.contains("python-"))
        #expect(try Ward.run(["rules", "list", "--kind", "nope"], in: box.path).status == 2)
    }
}
