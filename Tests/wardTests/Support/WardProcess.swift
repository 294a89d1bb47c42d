import Foundation
import Testing

/// Runs the real `ward` binary, as a user or a CI job would.
struct WardRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum Ward {
    static var executable: String {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("ward").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/ward").path
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:], input: String? = nil) throws -> WardRun {
        try Shell.run(executable, arguments, in: directory, environment: environment, input: input)
    }
}

enum Shell {
    static func run(
        _ executable: String, _ arguments: [String], in directory: String, environment: [String: String] = [:], input: String? = nil
    ) throws -> WardRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["GIT_AUTHOR_NAME"] = "Test Author"
        env["GIT_AUTHOR_EMAIL"] = "author@example.com"
        env["GIT_COMMITTER_NAME"] = "Test Author"
        env["GIT_COMMITTER_EMAIL"] = "author@example.com"
        env["GIT_CONFIG_GLOBAL"] = "/dev/null"
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["WARD_CACHE_DIR"] = FileManager.default.temporaryDirectory.appendingPathComponent("ward-test-cache").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return WardRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs git in `directory`, failing the test if git fails.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let result = try run("git", arguments, in: directory)
        guard result.status == 0 else {
            throw ShellError(message: "git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result.stdout
    }
}

struct ShellError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A temporary directory with helpers to write files into it; removed when dropped.
final class Sandbox {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ward-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: URL(fileURLWithPath: path).appendingPathComponent(relative).path, encoding: .utf8)
    }

    func file(_ relative: String) -> String { URL(fileURLWithPath: path).appendingPathComponent(relative).path }
}

/// Generated test secrets: never committed, different each run.
enum Secrets {
    static func awsKeyID() -> String { "AKIA" + random(16, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") }
    static func awsSecret() -> String { random(40, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+") }
    static func token(_ count: Int = 32) -> String { random(count, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") }

    static func random(_ count: Int, from alphabet: String) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement()! })
    }
}

/// Decodes the JSON report printed by `ward scan --format json`.
struct JSONReport: Decodable {
    struct Finding: Decodable {
        struct Location: Decodable { var path: String; var startLine: Int; var startColumn: Int; var snippet: String? }
        struct Secret: Decodable { var redacted: String; var sha256: String }
        struct Commit: Decodable { var commit: String; var author: String; var email: String; var date: String }
        var ruleId: String
        var severity: String
        var fingerprint: String
        var location: Location?
        var secret: Secret?
        var commit: Commit?
    }
    struct Statistics: Decodable {
        var filesScanned: Int
        var filesSkippedBinary: Int
        var filesSkippedTooLarge: Int
        var filesSkippedIgnored: Int
        var findingsSuppressed: Int
        var findingsInBaseline: Int
        var commitsScanned: Int?
    }
    var findings: [Finding]
    var statistics: Statistics

    static func parse(_ run: WardRun) throws -> JSONReport {
        do {
            return try JSONDecoder().decode(JSONReport.self, from: Data(run.stdout.utf8))
        } catch {
            throw ShellError(message: "not a JSON report (status \(run.status)): \(run.stdout.prefix(400)) / \(run.stderr.prefix(400))")
        }
    }
}
