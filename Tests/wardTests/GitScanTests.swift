import Foundation
import Testing

@Suite struct GitScanTests {
    func repository() throws -> Sandbox {
        let box = try Sandbox()
        try Shell.git(["init", "-q", "-b", "main"], in: box.path)
        return box
    }

    @Test func historyScanFindsSecretsRemovedLaterAndOnOtherBranches() throws {
        let box = try repository()
        let first = Secrets.awsKeyID(), second = Secrets.awsKeyID()
        try box.write("README.md", "# demo\n")
        try Shell.git(["add", "."], in: box.path)
        try Shell.git(["commit", "-q", "-m", "start"], in: box.path)
        try box.write("config/app.env", "REGION=eu\naws_access_key_id = \(first)\n")
        try Shell.git(["add", "."], in: box.path)
        try Shell.git(["commit", "-q", "-m", "add key"], in: box.path)
        let keyCommit = try Shell.git(["rev-parse", "HEAD"], in: box.path).trimmingCharacters(in: .whitespacesAndNewlines)
        try box.write("config/app.env", "REGION=eu\n")
        try Shell.git(["commit", "-q", "-am", "remove key"], in: box.path)
        try Shell.git(["checkout", "-q", "-b", "feature"], in: box.path)
        try box.write("feature.txt", "one\ntwo\nkey = \(second)\n")
        try Shell.git(["add", "."], in: box.path)
        try Shell.git(["commit", "-q", "-m", "feature"], in: box.path)
        try Shell.git(["checkout", "-q", "main"], in: box.path)

        let tree = try JSONReport.parse(try Ward.run(["scan", ".", "--format", "json"], in: box.path))
        #expect(tree.findings.isEmpty, "the working tree is clean")

        let history = try JSONReport.parse(try Ward.run(["scan", ".", "--git", "--format", "json"], in: box.path))
        #expect(history.statistics.commitsScanned == 4)
        let paths = history.findings.map { "\($0.location!.path):\($0.location!.startLine)" }.sorted()
        #expect(paths == ["config/app.env:2", "feature.txt:3"])
        let found = try #require(history.findings.first { $0.location?.path == "config/app.env" })
        #expect(found.commit?.commit == keyCommit)
        #expect(found.commit?.author == "Test Author")
        #expect(found.commit?.email == "author@example.com")

        let recent = try JSONReport.parse(try Ward.run(["scan", ".", "--git", "--since", "main", "--format", "json"], in: box.path))
        #expect(recent.findings.compactMap(\.location?.path) == ["feature.txt"])

        let table = try Ward.run(["scan", ".", "--git"], in: box.path)
        #expect(table.stdout.contains(String(keyCommit.prefix(7))))
    }

    @Test func notARepositoryIsAnInputError() throws {
        let box = try Sandbox()
        let run = try Ward.run(["scan", ".", "--git"], in: box.path, environment: ["GIT_CEILING_DIRECTORIES": box.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("git failed"))
    }

    @Test func stagedScanAndPreCommitHookBlockASecret() throws {
        let box = try repository()
        try box.write("README.md", "# demo\n")
        try Shell.git(["add", "."], in: box.path)
        try Shell.git(["commit", "-q", "-m", "start"], in: box.path)

        let install = try Ward.run(["hook", "install"], in: box.path)
        #expect(install.status == 0, "\(install.stderr)")
        let hook = box.file(".git/hooks/pre-commit")
        #expect(FileManager.default.isExecutableFile(atPath: hook))
        #expect(try Ward.run(["hook", "install"], in: box.path).status == 0, "reinstalling its own hook is fine")

        try box.write("notes.txt", "unrelated\n")
        try box.write("app.env", "x=1\naws_access_key_id = \(Secrets.awsKeyID())\n")
        try Shell.git(["add", "app.env"], in: box.path)
        let staged = try Ward.run(["scan", ".", "--staged", "--format", "json"], in: box.path)
        let report = try JSONReport.parse(staged)
        #expect(report.findings.map { "\($0.location!.path):\($0.location!.startLine)" } == ["app.env:2"])

        let commit = try Shell.run("git", ["commit", "-q", "-m", "oops"], in: box.path, environment: ["PATH": URL(fileURLWithPath: Ward.executable).deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")])
        #expect(commit.status != 0, "the hook blocks the commit")
        #expect(commit.stdout.contains("aws-access-key-id") || commit.stderr.contains("aws-access-key-id"))

        try box.write("app.env", "x=1\n")
        try Shell.git(["add", "app.env"], in: box.path)
        let clean = try Shell.run("git", ["commit", "-q", "-m", "fine"], in: box.path, environment: ["PATH": URL(fileURLWithPath: Ward.executable).deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")])
        #expect(clean.status == 0, "\(clean.stderr)")
    }

    @Test func anExistingForeignHookIsNotOverwritten() throws {
        let box = try repository()
        try box.write(".git/hooks/pre-commit", "#!/bin/sh\necho mine\n")
        let run = try Ward.run(["hook", "install"], in: box.path)
        #expect(run.status == 2)
        #expect(try box.read(".git/hooks/pre-commit").contains("echo mine"))
        #expect(try Ward.run(["hook", "install", "--force"], in: box.path).status == 0)
    }
}
