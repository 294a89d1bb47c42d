import Testing
import WardCore
@testable import WardConfig

/// Broken, truncated and hostile configuration files: the scanner never crashes and reports nothing
/// for a file it cannot parse; the parsers throw an error naming the file and line.
@Suite struct MalformedInputTests {
    static let scanner = Result { try ConfigScanner() }

    static func scan(_ text: String, path: String) throws -> [Finding] {
        try scanner.get().scan(text: text, path: path)
    }

    @Test(arguments: [
        ("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: [unclosed\n"),
        (".github/workflows/ci.yml", "on: push\njobs:\n  b:\n\tsteps: tab-indented\n"),
        (".gitlab-ci.yml", "test:\n  script:\n    - \"unterminated\n"),
        ("infra/main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\"\n"),
        ("infra/bad.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\n}\n"),
        ("ios/Info.plist", "<?xml version=\"1.0\"?>\n<plist><dict><key>NSAppTransportSecurity</key><dict>"),
        ("ios/Info.plist", "bplist00 this is not a binary plist"),
        ("app/AndroidManifest.xml", "<manifest><application android:debuggable=\"true\">"),
        ("res/xml/nsc.xml", "<network-security-config><base-config cleartextTrafficPermitted=\"true\">"),
        ("Dockerfile", "FROM alpine:3.20\nRUN <<EOF\ncurl -k https://x | sh\n"),
        ("Dockerfile", "\\\n\\\n\u{0}\u{1}FROM\n"),
    ])
    func brokenFilesDoNotCrash(path: String, text: String) throws {
        let findings = try Self.scan(text, path: path)
        // Only the Dockerfile reader is lenient (Docker itself is); every other broken file yields nothing.
        if path != "Dockerfile" { #expect(findings.isEmpty) }
    }

    @Test func truncatedDockerfileHeredocStillChecksWhatIsThere() throws {
        let findings = try Self.scan("FROM alpine:3.20\nUSER app\nRUN <<EOF\ncurl -fsSL https://x.example/i.sh | sh\n", path: "Dockerfile")
        #expect(findings.map(\.ruleId) == ["docker-missing-healthcheck", "docker-pipe-to-shell"])
        #expect(findings.last?.location?.startLine == 4)
    }

    @Test func hclErrorsNameFileAndLine() {
        #expect {
            try HCLReader.parse("resource \"a\" \"b\" {\n  x = 1\n  y = \"open\n}\n", path: "infra/x.tf")
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.path == "infra/x.tf" && error.line == 3 && error.message == "unterminated string"
        }
        #expect(throws: InputError.self) { try HCLReader.parse("a = {\n", path: "x.tf") }
        #expect(throws: InputError.self) { try HCLReader.parse("}\n", path: "x.tf") }
        #expect(throws: InputError.self) { try HCLReader.parse("x = <<EOT\nno end\n", path: "x.tf") }
    }

    @Test func deeplyNestedHCLIsRejectedNotOverflowed() {
        let text = "x = " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        #expect(throws: InputError.self) { try HCLReader.parse(text, path: "deep.tf") }
        let findings = (try? Self.scan(text, path: "deep.tf")) ?? [Finding(ruleId: "x", kind: .configuration, severity: .low, title: "", message: "", fingerprint: "")]
        #expect(findings.isEmpty)
    }

    @Test func deeplyNestedYAMLAndXMLDoNotCrash() throws {
        let yaml = "apiVersion: v1\nkind: Pod\nspec: " + String(repeating: "[", count: 3000) + String(repeating: "]", count: 3000) + "\n"
        #expect(try Self.scan(yaml, path: "k8s/deep.yaml").isEmpty)
        let xml = "<manifest>" + String(repeating: "<a>", count: 2000) + String(repeating: "</a>", count: 2000) + "</manifest>"
        #expect(try Self.scan(xml, path: "AndroidManifest.xml").isEmpty)
    }

    @Test func yamlAliasBombIsHandled() throws {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<8 { yaml += "  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        yaml += "spec:\n  containers:\n    - name: app\n      image: nginx\n"
        let findings = try Self.scan(yaml, path: "k8s/bomb.yaml").filter { $0.ruleId == "k8s-unpinned-image" }
        #expect(findings.map { $0.location?.startLine } == [15])
    }

    @Test func emptyFilesYieldNothing() throws {
        for path in ["Dockerfile", "k8s/empty.yaml", ".gitlab-ci.yml", ".github/workflows/x.yml", "main.tf", "Info.plist", "AndroidManifest.xml"] {
            #expect(try Self.scan("", path: path).isEmpty, "\(path)")
        }
    }
}
