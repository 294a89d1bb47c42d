import ArgumentParser
import Foundation
import WardCore

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Manage the git pre-commit hook that stops secrets before they are committed.",
        subcommands: [Install.self]
    )

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a pre-commit hook that runs `ward scan --staged` and blocks the commit on any finding.")

        @Argument(help: "The repository (default: the current directory).")
        var repository: String = "."

        @Flag(name: .long, help: "Replace an existing pre-commit hook.")
        var force = false

        func run() throws {
            let hooks = try HookCommand.hooksDirectory(repository: repository)
            try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
            let hook = (hooks as NSString).appendingPathComponent("pre-commit")
            if FileManager.default.fileExists(atPath: hook), !force {
                let existing = (try? String(contentsOfFile: hook, encoding: .utf8)) ?? ""
                guard existing.contains(HookCommand.signature) else {
                    throw InputError(path: hook, "a pre-commit hook already exists; add `ward scan --staged --fail-on info` to it, or use --force to replace it")
                }
            }
            try FileSystem.writeAtomically(Array(HookCommand.script(wardPath: HookCommand.currentExecutable()).utf8), to: hook)
            chmod(hook, 0o755)
            print("Installed \(hook): commits that add secrets or sensitive data are now blocked.")
            print("Silence a false positive with `ward:ignore <rule-id>` on its line; bypass once with `git commit --no-verify`.")
        }
    }

    static let signature = "# Installed by `ward hook install`"

    static func script(wardPath: String) -> String {
        """
        #!/bin/sh
        \(signature): stops a commit that adds a secret or sensitive data.
        ward=$(command -v ward 2>/dev/null || echo '\(wardPath.replacingOccurrences(of: "'", with: "'\\''"))')
        exec "$ward" scan --staged --fail-on info --quiet "$(git rev-parse --show-toplevel)"

        """
    }

    /// `git rev-parse --git-path hooks`, which honours `core.hooksPath` and worktrees.
    static func hooksDirectory(repository: String) throws(InputError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository, "rev-parse", "--path-format=absolute", "--git-path", "hooks"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        do { try process.run() } catch { throw InputError(path: repository, "cannot run git: \(error.localizedDescription)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw InputError(path: repository, "not a git repository") }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func currentExecutable() -> String {
        let path = CommandLine.arguments[0]
        if path.contains("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        return path
    }
}
