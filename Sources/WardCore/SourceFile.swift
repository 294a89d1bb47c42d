/// The bytes of one file (or one diff's added lines) handed to every scanner, read once.
public struct SourceFile: @unchecked Sendable {
    /// Path relative to the scan root, `/`-separated.
    public let path: String
    /// Valid only for the duration of the scan call.
    public let bytes: UnsafeRawBufferPointer
    /// For content assembled from a diff: the original line number of each line of `bytes`.
    public let originalLineNumbers: [Int]?
    public let commit: GitProvenance?
    public let lines: LineIndex

    public init(path: String, bytes: UnsafeRawBufferPointer, originalLineNumbers: [Int]? = nil, commit: GitProvenance? = nil) {
        self.path = path
        self.bytes = bytes
        self.originalLineNumbers = originalLineNumbers
        self.commit = commit
        self.lines = LineIndex(bytes: bytes)
    }

    /// 1-based line and byte column of `offset`, mapped to the original file for diff content.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let (line, column) = lines.position(of: offset)
        if let originalLineNumbers, line - 1 < originalLineNumbers.count { return (originalLineNumbers[line - 1], column) }
        return (line, column)
    }

    /// The text of the 1-based line `line` of `bytes` (not mapped), without its line terminator.
    public func text(ofLine line: Int) -> String {
        let range = lines.range(ofLine: line)
        var slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if slice.last == UInt8(ascii: "\r") { slice = UnsafeRawBufferPointer(rebasing: slice.dropLast()) }
        return String(decoding: slice, as: UTF8.self)
    }

    public func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

/// Newline offsets of a buffer, computed on first use (most files have no findings and never need them).
public final class LineIndex: @unchecked Sendable {
    private let bytes: UnsafeRawBufferPointer
    private var starts: [Int]?

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private var lineStarts: [Int] {
        if let starts { return starts }
        var result = [0]
        if let base = bytes.baseAddress {
            var offset = 0
            while offset < bytes.count {
                guard let hit = memchr(base + offset, 0x0A, bytes.count - offset) else { break }
                offset = UnsafeRawPointer(hit) - base + 1
                result.append(offset)
            }
        }
        starts = result
        return result
    }

    public var count: Int {
        let starts = lineStarts
        return starts.last == bytes.count && starts.count > 1 ? starts.count - 1 : starts.count
    }

    /// 1-based line and column of a byte offset.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let starts = lineStarts
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - starts[low] + 1)
    }

    /// Byte range of a 1-based line, without its `\n`.
    public func range(ofLine line: Int) -> Range<Int> {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return bytes.count..<bytes.count }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end < start { end = start }
        return start..<end
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
