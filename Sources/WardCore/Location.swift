/// Where in a file a finding is: 1-based lines and columns (columns count bytes), plus a redacted snippet.
public struct Location: Codable, Sendable, Hashable {
    /// Path relative to the scan root, with `/` separators.
    public var path: String
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int
    /// The matched line(s) with every secret on them redacted.
    public var snippet: String?

    public init(path: String, startLine: Int, startColumn: Int, endLine: Int, endColumn: Int, snippet: String? = nil) {
        self.path = path
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
        self.snippet = snippet
    }
}

/// The commit a finding was introduced in, for findings from git history.
public struct GitProvenance: Codable, Sendable, Hashable {
    public var commit: String
    public var author: String
    public var email: String
    public var date: String

    public init(commit: String, author: String, email: String, date: String) {
        self.commit = commit
        self.author = author
        self.email = email
        self.date = date
    }
}
