import Foundation
import WardCore

/// Streams what git says about a repository into the scan engine in bounded batches: history
/// (`git log -p`) or the staged changes (`git diff --cached`).
public struct GitSource {
    public enum Selection: Sendable {
        /// Every commit on every branch, or only those not reachable from `since`.
        case history(since: String?)
        case staged
    }

    public let repository: String
    public let selection: Selection
    /// Bytes of added lines gathered before a batch is scanned.
    public var batchBytes = 16 << 20

    public init(repository: String, selection: Selection) {
        self.repository = repository
        self.selection = selection
    }

    var arguments: [String] {
        let common = ["-C", repository, "-c", "core.quotePath=false", "-c", "diff.noprefix=false"]
        switch selection {
        case .history(let since):
            var args = common + ["log", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames",
                                 "--format=" + DiffParser.commitMarker + "%H%x1F%an%x1F%ae%x1F%aI", "--all"]
            if let since { args += ["--not", since] }
            return args + ["--"]
        case .staged:
            return common + ["diff", "--cached", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "--diff-filter=ACMR", "--"]
        }
    }

    /// Runs git and hands batches of blobs to `scan`; returns the number of commits seen.
    public func run(_ scan: ([Blob]) -> Void) throws(InputError) -> Int {
        guard FileSystem.isDirectory(repository) else { throw InputError(path: repository, "not a directory") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw InputError(path: repository, "cannot run git: \(error.localizedDescription)") }
        let errorData = ErrorCollector(errors.fileHandleForReading)

        var parser = DiffParser()
        var batch: [Blob] = []
        var batchSize = 0
        func take(_ blob: Blob?) {
            guard let blob else { return }
            batch.append(blob)
            batchSize += blob.bytes.count
            if batchSize >= batchBytes {
                scan(batch)
                batch = []
                batchSize = 0
            }
        }
        var pending: [UInt8] = []
        let handle = output.fileHandleForReading
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                take(parser.consume(Substring(decoding: pending[start..<newline], as: UTF8.self)))
                start = newline + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { take(parser.consume(Substring(decoding: pending, as: UTF8.self))) }
        take(parser.finish())
        if !batch.isEmpty { scan(batch) }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData.collected(), as: UTF8.self).trimmingWhitespace()
            throw InputError(path: repository, "git failed: \(message.isEmpty ? "exit status \(process.terminationStatus)" : message)")
        }
        return parser.commitsSeen
    }
}

/// Drains a pipe on a background thread so a chatty stderr cannot block git.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let all = handle.readDataToEndOfFile()
            lock.lock()
            data = all
            lock.unlock()
            done.signal()
        }
    }

    func collected() -> Data {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
