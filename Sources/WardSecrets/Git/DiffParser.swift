import WardCore

/// Turns `git log -p` / `git diff` output, fed line by line, into blobs of added lines: one per file
/// per commit, each line mapped back to its line number in the new file.
public struct DiffParser {
    /// Marks the start of each commit in the `--format` that `GitHistory` asks git for.
    static let commitMarker = "\u{1E}WARD\u{1F}"

    private var commit: GitProvenance?
    private var path: String?
    private var skipFile = false
    private var nextLine = 0
    private var remainingNew = 0
    private var remainingOld = 0
    private var bytes: [UInt8] = []
    private var lineNumbers: [Int] = []
    public private(set) var commitsSeen = 0

    public init() {}

    /// Consumes one line (without its `\n`); returns a blob when a file section ends.
    public mutating func consume(_ line: Substring) -> Blob? {
        let inHunk = remainingNew > 0 || remainingOld > 0
        if inHunk {
            if line.hasPrefix("+") {
                append(line.dropFirst())
                remainingNew -= 1
                return nil
            }
            if line.hasPrefix("-") { remainingOld -= 1; return nil }
            if line.hasPrefix(" ") { remainingNew -= 1; remainingOld -= 1; nextLine += 1; return nil }
            if line.hasPrefix("\\") { return nil }
            remainingNew = 0
            remainingOld = 0
        }
        if line.hasPrefix(Self.commitMarker) {
            let finished = flush()
            let fields = line.dropFirst(Self.commitMarker.count).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            commit = GitProvenance(
                commit: fields.first ?? "", author: fields.count > 1 ? fields[1] : "",
                email: fields.count > 2 ? fields[2] : "", date: fields.count > 3 ? fields[3] : "")
            commitsSeen += 1
            return finished
        }
        if line.hasPrefix("diff --git ") {
            let finished = flush()
            path = nil
            skipFile = false
            return finished
        }
        if line.hasPrefix("+++ ") {
            let target = line.dropFirst(4)
            if target == "/dev/null" { skipFile = true } else { path = Self.unquote(String(target), stripping: "b/") }
            return nil
        }
        if line.hasPrefix("Binary files ") || line.hasPrefix("GIT binary patch") {
            skipFile = true
            return nil
        }
        if line.hasPrefix("@@ "), let header = Self.parseHunk(line) {
            nextLine = header.newStart
            remainingNew = header.newCount
            remainingOld = header.oldCount
        }
        return nil
    }

    /// Ends the input; returns the last blob, if any.
    public mutating func finish() -> Blob? { flush() }

    private mutating func append(_ content: Substring) {
        if !skipFile, path != nil {
            var text = content
            if text.hasSuffix("\r") { text = text.dropLast() }
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x0A)
            lineNumbers.append(nextLine)
        }
        nextLine += 1
    }

    private mutating func flush() -> Blob? {
        defer {
            bytes = []
            lineNumbers = []
        }
        guard let path, !skipFile, !bytes.isEmpty else { return nil }
        return Blob(path: path, bytes: bytes, originalLineNumbers: lineNumbers, commit: commit)
    }

    /// `@@ -a,b +c,d @@` → (oldCount b, newStart c, newCount d); counts default to 1.
    static func parseHunk(_ line: Substring) -> (oldCount: Int, newStart: Int, newCount: Int)? {
        let parts = line.split(separator: " ")
        guard parts.count >= 3, parts[1].hasPrefix("-"), parts[2].hasPrefix("+") else { return nil }
        func range(_ text: Substring) -> (Int, Int)? {
            let numbers = text.dropFirst().split(separator: ",")
            guard let start = Int(numbers[0]) else { return nil }
            return (start, numbers.count > 1 ? Int(numbers[1]) ?? 1 : 1)
        }
        guard let old = range(parts[1]), let new = range(parts[2]) else { return nil }
        return (old.1, new.0, new.1)
    }

    /// Undoes git's C-style quoting of unusual paths and drops the `b/` prefix.
    static func unquote(_ text: String, stripping prefix: String) -> String {
        var value = text
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
            var bytes: [UInt8] = []
            var iterator = Array(value.utf8.dropFirst().dropLast()).makeIterator()
            while let byte = iterator.next() {
                guard byte == UInt8(ascii: "\\"), let escaped = iterator.next() else { bytes.append(byte); continue }
                switch escaped {
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var octal = Int(escaped - UInt8(ascii: "0"))
                    for _ in 0..<2 { if let d = iterator.next() { octal = octal * 8 + Int(d - UInt8(ascii: "0")) } }
                    bytes.append(UInt8(truncatingIfNeeded: octal))
                default: bytes.append(escaped)
                }
            }
            value = String(decoding: bytes, as: UTF8.self)
        }
        if value.hasPrefix(prefix) { value.removeFirst(prefix.count) }
        return value
    }
}
