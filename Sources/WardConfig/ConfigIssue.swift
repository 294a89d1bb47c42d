/// One place a rule objects to, before the scanner turns it into a finding.
public struct ConfigIssue: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// 1-based byte column; nil means the first non-blank character of the line.
    public var column: Int?
    /// Extra words for the message, e.g. the offending value; never a secret.
    public var detail: String?
    /// A secret value found at this place: redacted in the snippet and never kept in clear.
    public var secret: String?

    public init(line: Int, column: Int? = nil, detail: String? = nil, secret: String? = nil) {
        self.line = line
        self.column = column
        self.detail = detail
        self.secret = secret
    }
}
