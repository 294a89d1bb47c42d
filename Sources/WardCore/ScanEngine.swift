import Dispatch
import Synchronization

/// In-memory content to scan, such as the added lines of one file in one commit.
public struct Blob: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var originalLineNumbers: [Int]?
    public var commit: GitProvenance?

    public init(path: String, bytes: [UInt8], originalLineNumbers: [Int]? = nil, commit: GitProvenance? = nil) {
        self.path = path
        self.bytes = bytes
        self.originalLineNumbers = originalLineNumbers
        self.commit = commit
    }
}

/// Counters a progress display can poll while a scan runs.
public final class ScanProgress: Sendable {
    public let filesDone = Atomic<Int>(0)
    public let bytesDone = Atomic<Int>(0)
    public let filesTotal = Atomic<Int>(0)

    public init() {}
}

/// What the engine found, before report assembly.
public struct EngineResult: Sendable {
    public var findings: [Finding] = []
    public var warnings: [ScanWarning] = []
    public var filesScanned = 0
    public var bytesScanned = 0
    /// Lines of the files scanned (a last line without a newline counts): the size findings per KLOC divide by.
    public var linesScanned = 0
    public var skippedBinary = 0
    public var suppressed = 0

    public init() {}

    /// Adds another result's findings, warnings and counts to this one.
    public mutating func absorb(_ other: EngineResult) {
        findings += other.findings
        warnings += other.warnings
        filesScanned += other.filesScanned
        bytesScanned += other.bytesScanned
        linesScanned += other.linesScanned
        skippedBinary += other.skippedBinary
        suppressed += other.suppressed
    }
}

/// Reads each file once and hands it to every scanner, in parallel across cores. Files are taken
/// one at a time from a shared counter (largest first, as the walker sorts them), which keeps all
/// cores busy where a static split would leave one idle behind a large file.
public struct ScanEngine: Sendable {
    public let scanners: [any FileScanner]
    public let threads: Int
    public let maxFileSize: Int

    public init(scanners: [any FileScanner], threads: Int = 0, maxFileSize: Int = 10 * 1024 * 1024) {
        self.scanners = scanners
        self.threads = threads > 0 ? threads : max(1, System.coreCount)
        self.maxFileSize = maxFileSize
    }

    public func scan(files: [WalkedFile], progress: ScanProgress? = nil) -> EngineResult {
        progress?.filesTotal.store(files.count, ordering: .relaxed)
        let next = Atomic<Int>(0)
        return runWorkers { workers, result in
            var reader = FileReader()
            defer { reader.deallocate() }
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < files.count else { break }
                let file = files[index]
                do throws(InputError) {
                    let bytes = try reader.read(path: file.absolutePath, limit: maxFileSize + 1)
                    if bytes.count > maxFileSize {
                        result.warnings.append(ScanWarning(path: file.relativePath, message: "grew past the size limit while being read; skipped"))
                    } else if Self.looksBinary(bytes) {
                        result.skippedBinary += 1
                    } else {
                        scan(SourceFile(path: file.relativePath, bytes: bytes), workers: workers, into: &result)
                    }
                    progress?.bytesDone.add(bytes.count, ordering: .relaxed)
                } catch {
                    result.warnings.append(ScanWarning(path: file.relativePath, message: error.message))
                }
                progress?.filesDone.add(1, ordering: .relaxed)
            }
        }
    }

    public func scan(blobs: [Blob], progress: ScanProgress? = nil) -> EngineResult {
        let next = Atomic<Int>(0)
        return runWorkers { workers, result in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < blobs.count else { break }
                let blob = blobs[index]
                blob.bytes.withUnsafeBytes { bytes in
                    let file = SourceFile(path: blob.path, bytes: bytes, originalLineNumbers: blob.originalLineNumbers, commit: blob.commit)
                    scan(file, workers: workers, into: &result)
                }
                progress?.bytesDone.add(blob.bytes.count, ordering: .relaxed)
                progress?.filesDone.add(1, ordering: .relaxed)
            }
        }
    }

    private func runWorkers(_ body: @Sendable ([any FileScanWorker], inout EngineResult) -> Void) -> EngineResult {
        let merged = Mutex(EngineResult())
        let sortedRuns = Mutex<[[Finding]]>([])
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let workers = scanners.map { $0.makeWorker() }
            var local = EngineResult()
            body(workers, &local)
            // Each thread sorts its own findings; the runs are merged below, so no thread sorts them all.
            var findings = local.findings
            local.findings = []
            findings = Self.sortedForReport(findings)
            merged.withLock { $0.absorb(local) }
            sortedRuns.withLock { $0.append(findings) }
        }
        var result = merged.withLock { $0 }
        result.findings = Self.merge(sortedRuns.withLock { $0 })
        return result
    }

    /// `findings` in report order (`Finding.reportOrder`). Each text key is replaced by its rank among
    /// the distinct values, so the sort compares integers and never copies a finding.
    static func sortedForReport(_ findings: [Finding]) -> [Finding] {
        func ranks(_ values: [String]) -> [Int] {
            let distinct = Array(Set(values)).sorted()
            var rank: [String: Int] = [:]
            rank.reserveCapacity(distinct.count)
            for (index, value) in distinct.enumerated() { rank[value] = index }
            return values.map { rank[$0]! }
        }
        let paths = ranks(findings.map { $0.location?.path ?? "" })
        let rules = ranks(findings.map(\.ruleId))
        let commits = ranks(findings.map { $0.commit?.commit ?? "" })
        let lines = findings.map { $0.location?.startLine ?? 0 }
        let columns = findings.map { $0.location?.startColumn ?? 0 }
        // The standard library's sort is stable, so equal findings keep the order they were found in.
        let order = findings.indices.sorted { a, b in
            (paths[a], lines[a], columns[a], rules[a], commits[a]) < (paths[b], lines[b], columns[b], rules[b], commits[b])
        }
        return order.map { findings[$0] }
    }

    /// One array in report order from arrays each already in report order.
    static func merge(_ runs: [[Finding]]) -> [Finding] {
        var runs = runs.filter { !$0.isEmpty }
        while runs.count > 1 {
            var next: [[Finding]] = []
            for pair in stride(from: 0, to: runs.count, by: 2) {
                next.append(pair + 1 < runs.count ? mergeTwo(runs[pair], runs[pair + 1]) : runs[pair])
            }
            runs = next
        }
        return runs.first ?? []
    }

    private static func mergeTwo(_ a: [Finding], _ b: [Finding]) -> [Finding] {
        var out: [Finding] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if Finding.reportOrder(b[j], a[i]) {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
            }
        }
        out += a[i...]
        out += b[j...]
        return out
    }

    /// Newlines counted with memchr, plus one for a last line that has none.
    static func lineCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        var count = 0, offset = 0
        while offset < bytes.count, let hit = memchr(base + offset, 0x0A, bytes.count - offset) {
            count += 1
            offset = UnsafeRawPointer(hit) - base + 1
        }
        return bytes.last == 0x0A ? count : count + 1
    }

    private func scan(_ file: SourceFile, workers: [any FileScanWorker], into result: inout EngineResult) {
        result.filesScanned += 1
        result.bytesScanned += file.bytes.count
        result.linesScanned += Self.lineCount(file.bytes)
        for worker in workers {
            for finding in worker.scan(file) {
                if let line = localLine(of: finding, in: file), Suppression.isSuppressed(finding, startingAtLocalLine: line, in: file) {
                    result.suppressed += 1
                } else {
                    result.findings.append(finding)
                }
            }
        }
    }

    private func localLine(of finding: Finding, in file: SourceFile) -> Int? {
        guard let line = finding.location?.startLine else { return nil }
        guard let map = file.originalLineNumbers else { return line }
        return map.firstIndex(of: line).map { $0 + 1 }
    }

    /// A NUL byte in the first 8 KB marks a file as binary, as git and grep decide.
    public static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, 0, min(bytes.count, 8192)) != nil
    }
}

public enum System {
    public static var coreCount: Int {
        Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
