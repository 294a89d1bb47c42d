/// The lexical shapes the masker needs to know: where comments and string literals start and end.
public struct LanguageSyntax: Sendable {
    /// A block comment's delimiters; `nests` when `/* /* */ */` is one comment (Swift, Kotlin, Rust, Scala).
    public struct BlockComment: Sendable {
        public var open: [UInt8]
        public var close: [UInt8]
        public var nests: Bool

        public init(_ open: String, _ close: String, nests: Bool = false) {
            self.open = Array(open.utf8)
            self.close = Array(close.utf8)
            self.nests = nests
        }
    }

    /// One kind of string literal. Openers are tried in order, so longer ones (`"""`) come first.
    public struct StringLiteral: Sendable {
        public var open: [UInt8]
        public var close: [UInt8]
        /// Whether a backslash escapes the next byte (false for raw strings).
        public var escapes: Bool
        /// Whether the literal may span lines; a single-line literal ends, unterminated, at the newline.
        public var multiline: Bool

        public init(_ open: String, close: String? = nil, escapes: Bool = true, multiline: Bool = false) {
            self.open = Array(open.utf8)
            self.close = Array((close ?? open).utf8)
            self.escapes = escapes
            self.multiline = multiline
        }
    }

    public var lineComments: [[UInt8]]
    public var blockComment: BlockComment?
    public var strings: [StringLiteral]
    /// JavaScript-style `/regex/` literals, told apart from division by the token before them.
    public var regexLiterals: Bool
    /// Bytes that may start a comment or a string; every other byte is skipped without a look.
    let interesting: [Bool]

    public init(lineComments: [String], blockComment: BlockComment? = nil, strings: [StringLiteral], regexLiterals: Bool = false) {
        self.lineComments = lineComments.map { Array($0.utf8) }
        self.blockComment = blockComment
        self.strings = strings
        self.regexLiterals = regexLiterals
        var table = [Bool](repeating: false, count: 256)
        for opener in self.lineComments + strings.map(\.open) + [blockComment?.open ?? []] {
            if let first = opener.first { table[Int(first)] = true }
        }
        if regexLiterals { table[Int(UInt8(ascii: "/"))] = true }
        interesting = table
    }

    /// True when nothing in the language is ever masked.
    public var isEmpty: Bool { lineComments.isEmpty && blockComment == nil && strings.isEmpty && !regexLiterals }
}
