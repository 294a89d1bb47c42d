import WardCore
import Yams

/// Where rules put their issues; it knows the file's lines, so rules can point at a token on a line.
public struct IssueCollector {
    /// The file being checked; its bytes are valid only during the scan call.
    public let file: SourceFile
    /// Issues in the order rules added them.
    public private(set) var issues: [ConfigIssue] = []

    public init(file: SourceFile) { self.file = file }

    /// Adds an issue as given.
    public mutating func add(_ issue: ConfigIssue) { issues.append(issue) }

    /// An issue at `line`, at the first occurrence of `token` on it (the line's start when absent).
    public mutating func add(line: Int, at token: String? = nil, detail: String? = nil, secret: String? = nil) {
        let place = token.flatMap { self.column(of: $0, onLine: line) }
        issues.append(ConfigIssue(line: line, column: place, detail: detail, secret: secret))
    }

    /// An issue at a YAML node's mark; Yams counts columns in Unicode scalars, findings count bytes.
    public mutating func add(_ mark: Mark?, detail: String? = nil, secret: String? = nil) {
        guard let mark else { return add(ConfigIssue(line: 1, detail: detail, secret: secret)) }
        let text = file.text(ofLine: mark.line)
        let byteColumn = text.unicodeScalars.prefix(max(0, mark.column - 1)).reduce(0) { $0 + String($1).utf8.count } + 1
        issues.append(ConfigIssue(line: mark.line, column: byteColumn, detail: detail, secret: secret))
    }

    /// 1-based byte column of the first occurrence of `token` on `line`.
    public func column(of token: String, onLine line: Int) -> Int? {
        let text = file.text(ofLine: line)
        guard let range = text.byteRange(of: token) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound) + 1
    }

    /// The first line at or after `line` (within `limit` lines) that contains `token`.
    public func line(containing token: String, from line: Int, limit: Int = 40) -> Int? {
        let last = min(file.lines.count, line + limit)
        guard line <= last else { return nil }
        return (line...last).first { file.text(ofLine: $0).hasBytes(token) }
    }
}
