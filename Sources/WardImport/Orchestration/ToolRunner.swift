import Foundation
import WardCore

/// Why an external tool gave no report.
public enum ToolRunError: Error, CustomStringConvertible, Sendable {
    case unknown(String)
    case missing(tool: String, install: String)
    case skipped(tool: String, reason: String)
    case failed(tool: String, status: Int32, detail: String)
    case timedOut(tool: String, seconds: Double)
    case unreadable(tool: String, reason: String)

    public var description: String {
        switch self {
        case .unknown(let name):
            "'\(name)' is not a tool Ward can run; `ward tools` lists them (\(ExternalTools.all.map(\.id).joined(separator: ", ")))"
        case .missing(let tool, let install): "\(tool) is not installed (not on PATH); install it with: \(install)"
        case .skipped(let tool, let reason): "\(tool) skipped: \(reason)"
        case .failed(let tool, let status, let detail): "\(tool) failed with exit status \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .timedOut(let tool, let seconds): "\(tool) did not finish within \(Int(seconds)) s and was stopped (raise --tool-timeout)"
        case .unreadable(let tool, let reason): "\(tool)'s report could not be read: \(reason)"
        }
    }
}

/// Runs external tools on a tree and reads their reports with Ward's readers.
public struct ToolRunner: Sendable {
    public var timeout: Double
    public var environment: [String: String]

    public init(timeout: Double = 600, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.timeout = timeout
        self.environment = environment
    }

    /// Runs `tool` on `root` and returns its findings, with paths relative to `root`.
    public func run(_ tool: ExternalTool, root: String) throws(ToolRunError) -> ImportedReport {
        guard let executable = tool.installedPath(environment: environment) else { throw .missing(tool: tool.id, install: tool.install) }
        guard let reader = ReportReaders.named(tool.reader) else { throw .unreadable(tool: tool.id, reason: "no reader '\(tool.reader)'") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ward-\(tool.id)-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) } catch {
            throw .failed(tool: tool.id, status: -1, detail: "cannot create a temporary folder: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let reportPath = scratch.appendingPathComponent("report.json").path
        let arguments: [String]
        switch tool.arguments(ExternalTool.Context(root: root, outputPath: reportPath)) {
        case .success(let list): arguments = list
        case .failure(let skip): throw .skipped(tool: tool.id, reason: skip.description)
        }
        let stdoutPath = scratch.appendingPathComponent("stdout").path
        let stderrPath = scratch.appendingPathComponent("stderr").path
        let status = try execute(executable, arguments, in: root, stdout: stdoutPath, stderr: stderrPath, tool: tool.id)
        let errorText = Self.tail(of: stderrPath)
        guard tool.successStatuses.contains(status) else { throw .failed(tool: tool.id, status: status, detail: errorText) }
        let outputPath = tool.output == .file ? reportPath : stdoutPath
        guard let data = FileManager.default.contents(atPath: outputPath), !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) else {
            throw .failed(tool: tool.id, status: status, detail: "it wrote no report" + (errorText.isEmpty ? "" : " (\(errorText))"))
        }
        do {
            var report = try reader.read(data, path: "\(tool.id) report")
            report.findings = report.findings.map { Self.relativise($0, root: root) }
            return report
        } catch {
            throw .unreadable(tool: tool.id, reason: String(describing: error))
        }
    }

    /// The tool's version, from its own `--version` (first version-looking word), or nil.
    public func version(of tool: ExternalTool) -> String? {
        guard let executable = tool.installedPath(environment: environment) else { return nil }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ward-version-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        guard (try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)) != nil else { return nil }
        let out = scratch.appendingPathComponent("out").path
        var runner = self
        runner.timeout = 20
        guard (try? runner.execute(executable, tool.versionArguments, in: scratch.path, stdout: out, stderr: out, tool: tool.id)) != nil,
              let text = FileManager.default.contents(atPath: out).map({ String(decoding: $0, as: UTF8.self) })
        else { return nil }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," }) {
            let candidate = word.hasPrefix("v") ? word.dropFirst() : word[...]
            if let first = candidate.first, first.isNumber, candidate.contains(".") { return String(candidate) }
        }
        return nil
    }

    func execute(_ executable: String, _ arguments: [String], in directory: String, stdout: String, stderr: String, tool: String) throws(ToolRunError) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        if stderr != stdout { _ = FileManager.default.createFile(atPath: stderr, contents: nil) }
        guard let out = FileHandle(forWritingAtPath: stdout), let err = stderr == stdout ? out : FileHandle(forWritingAtPath: stderr) else {
            throw .failed(tool: tool, status: -1, detail: "cannot open a temporary file")
        }
        defer {
            try? out.close()
            if stderr != stdout { try? err.close() }
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .failed(tool: tool, status: -1, detail: "cannot start \(executable): \(error)") }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL); _ = finished.wait(timeout: .now() + 5) }
            throw .timedOut(tool: tool, seconds: timeout)
        }
        return process.terminationStatus
    }

    /// The last lines of a tool's error output, for the message when it fails.
    static func tail(of path: String, lines: Int = 5) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        let text = String(decoding: data.suffix(4096), as: UTF8.self)
        return text.split(separator: "\n").suffix(lines).joined(separator: " | ").trimmingCharacters(in: .whitespaces)
    }

    /// Tools run inside the root, but some still print absolute paths: make them relative to it.
    static func relativise(_ finding: Finding, root: String) -> Finding {
        guard var location = finding.location else { return finding }
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let trimmedPrefix = String(prefix.drop { $0 == "/" })
        if location.path.hasPrefix(prefix) {
            location.path = String(location.path.dropFirst(prefix.count))
        } else if location.path.hasPrefix(trimmedPrefix) {
            location.path = String(location.path.dropFirst(trimmedPrefix.count))
        }
        var copy = finding
        copy.location = location
        return copy
    }
}
