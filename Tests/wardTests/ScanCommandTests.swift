import Foundation
import Testing

@Suite struct ScanCommandTests {
    @Test func findsPlantedSecretsAndFailsOnlyAtTheThreshold() throws {
        let box = try Sandbox()
        let key = Secrets.awsKeyID(), secret = Secrets.awsSecret()
        try box.write("config/aws.env", "aws_access_key_id = \(key)\naws_secret_access_key = \(secret)\n")
        try box.write("src/clean.swift", "let greeting = \"hello\"\n")

        let plain = try Ward.run(["scan", "."], in: box.path)
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("config/aws.env"))
        #expect(plain.stdout.contains("aws-access-key-id"))
        #expect(plain.stdout.contains("2 findings"))

        #expect(try Ward.run(["scan", ".", "--fail-on", "critical"], in: box.path).status == 1)
        #expect(try Ward.run(["scan", "src", "--fail-on", "info"], in: box.path).status == 0)

        let report = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json"], in: box.path))
        #expect(report.findings.map(\.ruleId) == ["aws-access-key-id", "aws-secret-access-key"])
        let first = try #require(report.findings.first)
        #expect(first.location?.path == "config/aws.env")
        #expect(first.location?.startLine == 1)
        #expect(first.location?.startColumn == 21)
        #expect(first.secret?.redacted == String(key.prefix(4)) + "…" + String(first.secret!.sha256.prefix(8)))
    }

    @Test(arguments: ["table", "json", "sarif", "junit", "csv", "gitlab"])
    func noFormatEverPrintsASecretInClear(format: String) throws {
        let box = try Sandbox()
        let secret = Secrets.awsSecret(), token = Secrets.token(36)
        try box.write("app.py", "AWS_SECRET_ACCESS_KEY = \"\(secret)\"\napi_token = \"\(token)9\"\n")
        let run = try Ward.run(["scan", ".", "--format", format], in: box.path)
        #expect(run.status == 0)
        #expect(!run.stdout.isEmpty)
        #expect(!run.stdout.contains(secret))
        #expect(!run.stdout.contains(String(secret.dropFirst(4).prefix(12))))
        #expect(!run.stdout.contains(token))
    }

    @Test func writesTheReportToAFileWithOutput() throws {
        let box = try Sandbox()
        try box.write("a.env", "aws_access_key_id = \(Secrets.awsKeyID())\n")
        let run = try Ward.run(["scan", ".", "--format", "sarif", "--output", "out/report.sarif"], in: box.path)
        #expect(run.status == 2, "the output directory does not exist")
        #expect(run.stderr.contains("out/report.sarif"))
        let ok = try Ward.run(["scan", ".", "--format", "sarif", "--output", "report.sarif"], in: box.path)
        #expect(ok.status == 0)
        #expect(ok.stdout.isEmpty)
        #expect(try box.read("report.sarif").contains("\"aws-access-key-id\""))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let box = try Sandbox()
        #expect(try Ward.run(["scan", "--format", "yaml"], in: box.path).status == 2)
        #expect(try Ward.run(["scan", "--fail-on", "extreme"], in: box.path).status == 2)
        #expect(try Ward.run(["scan", "--bogus-flag"], in: box.path).status == 2)
        let missing = try Ward.run(["scan", "does-not-exist"], in: box.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does-not-exist: no such file or directory"))
    }

    @Test func walkingHonoursIgnoreFilesGlobsBinariesAndSizeLimit() throws {
        let box = try Sandbox()
        let line = "aws_access_key_id = \(Secrets.awsKeyID())\n"
        try box.write(".gitignore", "ignored/\n*.log\n")
        try box.write(".wardignore", "vendor/**\n")
        try box.write("ignored/a.env", line)
        try box.write("debug.log", line)
        try box.write("vendor/lib/b.env", line)
        try box.write("keep/c.env", line)
        try box.write("keep/d.txt", line)
        try box.write("keep/big.env", line + String(repeating: "# padding\n", count: 2000))
        try box.write("keep/binary.bin", "\u{0}\u{1}" + line)

        let all = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json", "--max-file-size", "4KB"], in: box.path))
        #expect(Set(all.findings.compactMap(\.location?.path)) == ["keep/c.env", "keep/d.txt"])
        #expect(all.statistics.filesSkippedBinary == 1)
        #expect(all.statistics.filesSkippedTooLarge == 1)

        let noIgnore = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json", "--no-gitignore", "--exclude", "big.env"], in: box.path))
        #expect(Set(noIgnore.findings.compactMap(\.location?.path)) == ["ignored/a.env", "debug.log", "keep/c.env", "keep/d.txt"])

        let globbed = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json", "--include", "**/*.env", "--exclude", "keep/big.env"], in: box.path))
        #expect(Set(globbed.findings.compactMap(\.location?.path)) == ["keep/c.env"])
    }

    @Test func inlineSuppressionOnTheLineOrTheLineAbove() throws {
        let box = try Sandbox()
        try box.write("s.py", """
            a = "\(Secrets.awsKeyID())"  # ward:ignore
            # ward:ignore aws-access-key-id
            b = "\(Secrets.awsKeyID())"
            c = "\(Secrets.awsKeyID())"  # ward:ignore generic-credential-assignment
            d = "\(Secrets.awsKeyID())"

            """)
        let report = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json"], in: box.path))
        #expect(report.findings.compactMap(\.location?.startLine) == [4, 5])
        #expect(report.statistics.findingsSuppressed == 2)
    }
}
