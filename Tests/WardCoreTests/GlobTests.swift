import Testing
import WardCore

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.swift", "main.swift", true),
        ("*.swift", "Sources/main.swift", false),
        ("**/*.swift", "Sources/ward/main.swift", true),
        ("**/*.swift", "main.swift", true),
        ("Sources/**", "Sources/a/b/c.txt", true),
        ("Sources/**", "Tests/a.txt", false),
        ("a/**/b", "a/b", true),
        ("a/**/b", "a/x/y/b", true),
        ("a/**/b", "a/x/y/c", false),
        ("file?.txt", "file1.txt", true),
        ("file?.txt", "file/.txt", false),
        ("[a-c]at", "bat", true),
        ("[!a-c]at", "bat", false),
        ("[!a-c]at", "rat", true),
        ("\\*.txt", "*.txt", true),
        ("\\*.txt", "a.txt", false),
        ("*", "anything", true),
        ("*", "dir/file", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test func pathPatternWithoutSlashMatchesNamesAtAnyDepth() {
        #expect(PathPattern("*.min.js").matches(relativePath: "web/static/app.min.js"))
        #expect(PathPattern("vendor").matches(relativePath: "a/vendor"))
        #expect(!PathPattern("/vendor").matches(relativePath: "a/vendor"))
        #expect(PathPattern("./docs/*.md").matches(relativePath: "docs/a.md"))
    }
}

@Suite struct IgnoreRulesTests {
    @Test func lastMatchingRuleWinsAndNegationReincludes() {
        let file = IgnoreFile(base: "", contents: "# comment\n*.log\n!keep.log\nbuild/\n/root-only.txt\ndocs/*.tmp\n")
        let stack = IgnoreStack().pushing(file)
        #expect(stack.isIgnored(relativePath: "a/b/x.log", name: "x.log", isDirectory: false))
        #expect(!stack.isIgnored(relativePath: "a/keep.log", name: "keep.log", isDirectory: false))
        #expect(stack.isIgnored(relativePath: "x/build", name: "build", isDirectory: true))
        #expect(!stack.isIgnored(relativePath: "x/build", name: "build", isDirectory: false))
        #expect(stack.isIgnored(relativePath: "root-only.txt", name: "root-only.txt", isDirectory: false))
        #expect(!stack.isIgnored(relativePath: "sub/root-only.txt", name: "root-only.txt", isDirectory: false))
        #expect(stack.isIgnored(relativePath: "docs/a.tmp", name: "a.tmp", isDirectory: false))
        #expect(!stack.isIgnored(relativePath: "other/docs/a.tmp", name: "a.tmp", isDirectory: false))
    }

    @Test func deeperFilesOverrideShallowerOnes() {
        let stack = IgnoreStack()
            .pushing(IgnoreFile(base: "", contents: "*.env\n"))
            .pushing(IgnoreFile(base: "app", contents: "!local.env\n"))
        #expect(stack.isIgnored(relativePath: "prod.env", name: "prod.env", isDirectory: false))
        #expect(!stack.isIgnored(relativePath: "app/local.env", name: "local.env", isDirectory: false))
        #expect(stack.isIgnored(relativePath: "other/local.env", name: "local.env", isDirectory: false))
    }

    @Test func crlfAndTrailingSpacesAreTolerated() {
        let stack = IgnoreStack().pushing(IgnoreFile(base: "", contents: "secret.txt  \r\n*.bak\r\n"))
        #expect(stack.isIgnored(relativePath: "secret.txt", name: "secret.txt", isDirectory: false))
        #expect(stack.isIgnored(relativePath: "x.bak", name: "x.bak", isDirectory: false))
    }
}
