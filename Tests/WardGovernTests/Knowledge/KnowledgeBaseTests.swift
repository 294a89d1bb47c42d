import Foundation
import Testing
import WardCore
import WardGovern

@Suite struct KnowledgeBaseTests {
    static let rules = [
        RuleDescription(id: "sql-injection", title: "SQL built from input", summary: "Queries concatenate request data.", kind: .code,
                        severity: .high, cwe: [89], remediation: "Use bound parameters."),
        RuleDescription(id: "aws-access-key", title: "AWS access key", summary: "An AWS key in source.", kind: .secret,
                        severity: .critical, cwe: [798], remediation: "Revoke the key, then rotate it through the vault."),
    ]

    static let requirement = SecurityRequirement(
        id: "WARD-DATA-01", title: "Queries never concatenate input", text: "Every database query binds its parameters.",
        rationale: "Injection is the oldest way into a bank.", verification: .automatedScan, cwe: [89])

    func base(articles: [KnowledgeArticle] = []) -> KnowledgeBase {
        KnowledgeBase(rules: Self.rules, requirements: [Self.requirement], articles: articles)
    }

    @Test func entriesListArticlesRulesThenRequirementsInIdOrder() {
        let article = KnowledgeArticle(slug: "rotation", markdown: "# Key rotation\n\nHow we rotate keys in the vault.\n")
        #expect(base(articles: [article]).entries == [
            KnowledgeEntry(kind: .article, id: "rotation", title: "Key rotation", summary: "How we rotate keys in the vault."),
            KnowledgeEntry(kind: .rule, id: "aws-access-key", title: "AWS access key", summary: "An AWS key in source."),
            KnowledgeEntry(kind: .rule, id: "sql-injection", title: "SQL built from input", summary: "Queries concatenate request data."),
            KnowledgeEntry(kind: .requirement, id: "WARD-DATA-01", title: "Queries never concatenate input", summary: "Every database query binds its parameters."),
        ])
    }

    @Test func searchIgnoresCaseNeedsEveryWordAndPutsTitleMatchesFirst() {
        let article = KnowledgeArticle(slug: "rotation", markdown: "# Key rotation\n\nRotate every AWS key yearly.")
        let kb = base(articles: [article])
        #expect(kb.search("VAULT").map(\.id) == ["aws-access-key"])
        #expect(kb.search("aws key").map(\.id) == ["aws-access-key", "rotation"])
        #expect(kb.search("cwe-89").map(\.id) == ["sql-injection", "WARD-DATA-01"])
        #expect(kb.search("queries").map(\.id) == ["WARD-DATA-01", "sql-injection"])
        #expect(kb.search("nothing like this").isEmpty)
        #expect(kb.search("  ").count == 4)
    }

    @Test func pathsAndLookups() {
        let kb = base()
        #expect(kb.rule("sql-injection")?.cwe == [89])
        #expect(kb.rule("missing") == nil)
        #expect(kb.requirement("WARD-DATA-01")?.title == "Queries never concatenate input")
        #expect(KnowledgeBase.path(.requirement, "WARD-DATA-01") == "/kb/requirements/WARD-DATA-01")
        #expect(KnowledgeBase.path(.rule, "a b/c") == "/kb/rules/a%20b%2Fc")
    }

    @Test func articlesLoadFromADirectoryAndBadFilesAreReported() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-kb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("# Incident response\n\nCall the on-call engineer.\n".utf8).write(to: directory.appendingPathComponent("incidents.md"))
        try Data("No heading here.\n".utf8).write(to: directory.appendingPathComponent("plain_notes.md"))
        try Data([0xFF, 0xFE, 0x00]).write(to: directory.appendingPathComponent("binary.md"))
        try Data("x".utf8).write(to: directory.appendingPathComponent("with space.md"))
        try Data("ignored".utf8).write(to: directory.appendingPathComponent("readme.txt"))
        try Data(repeating: UInt8(ascii: "a"), count: KnowledgeArticle.maxBytes + 1).write(to: directory.appendingPathComponent("huge.md"))

        let loaded = KnowledgeArticle.load(from: directory)
        #expect(loaded.articles.map(\.slug) == ["incidents", "plain_notes"])
        #expect(loaded.articles.map(\.title) == ["Incident response", "plain_notes"])
        #expect(loaded.articles.map(\.summary) == ["Call the on-call engineer.", "No heading here."])
        #expect(loaded.problems == [
            "binary.md: not UTF-8 text",
            "huge.md: \(KnowledgeArticle.maxBytes + 1) bytes is over the \(KnowledgeArticle.maxBytes)-byte limit for an article",
            "with space.md: an article's file name may hold only letters, digits, '-', '_' and '.'",
        ])
        #expect(KnowledgeArticle.load(from: directory.appendingPathComponent("missing")).articles.isEmpty)
        #expect(KnowledgeArticle.load(from: directory.appendingPathComponent("incidents.md")).problems == ["\(directory.path)/incidents.md is not a directory"])
    }
}
