import WardCore

/// Splits HCL source into tokens: identifiers, numbers, quoted strings and heredocs (as their text),
/// punctuation and newlines; comments are dropped. Unterminated strings and comments are errors.
struct HCLLexer {
    private let bytes: [UInt8]
    private let path: String
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String, path: String) {
        bytes = Array(text.utf8)
        self.path = path
    }

    mutating func tokenize() throws(InputError) -> [HCLToken] {
        var tokens: [HCLToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private var column: Int { offset - lineStart + 1 }

    private func peek(_ ahead: Int = 0) -> UInt8 { offset + ahead < bytes.count ? bytes[offset + ahead] : 0 }

    private mutating func newline() {
        line += 1
        lineStart = offset + 1
    }

    private mutating func next() throws(InputError) -> HCLToken {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D { offset += 1; continue }
            if byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "/")) {
                while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
                continue
            }
            if byte == UInt8(ascii: "/") && peek(1) == UInt8(ascii: "*") {
                let startLine = line
                offset += 2
                while offset < bytes.count, !(bytes[offset] == UInt8(ascii: "*") && peek(1) == UInt8(ascii: "/")) {
                    if bytes[offset] == 0x0A { newline() }
                    offset += 1
                }
                guard offset < bytes.count else { throw InputError(path: path, line: startLine, "unterminated comment") }
                offset += 2
                continue
            }
            break
        }
        guard offset < bytes.count else { return HCLToken(kind: .end, text: "", line: line, column: column) }
        let startLine = line, startColumn = column, start = offset
        let byte = bytes[offset]
        if byte == 0x0A {
            newline()
            offset += 1
            return HCLToken(kind: .newline, text: "\n", line: startLine, column: startColumn)
        }
        if byte == UInt8(ascii: "\"") { return HCLToken(kind: .string, text: try quoted(), line: startLine, column: startColumn) }
        if byte == UInt8(ascii: "<"), peek(1) == UInt8(ascii: "<"), let text = try heredoc() {
            return HCLToken(kind: .string, text: text, line: startLine, column: startColumn)
        }
        if Self.isIdentifierStart(byte) {
            while offset < bytes.count, Self.isIdentifierPart(bytes[offset]) { offset += 1 }
            return HCLToken(kind: .identifier, text: text(start), line: startLine, column: startColumn)
        }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            while offset < bytes.count, Self.isIdentifierPart(bytes[offset]) || bytes[offset] == UInt8(ascii: ".") { offset += 1 }
            return HCLToken(kind: .number, text: text(start), line: startLine, column: startColumn)
        }
        offset += 1
        // Two-character operators stay one token so `=>`, `==` and `>=` are not read as assignments.
        let pair = [byte, peek()]
        if ["==", "!=", "<=", ">=", "&&", "||", "=>", "..."].contains(String(decoding: pair, as: UTF8.self)) { offset += 1 }
        if byte == UInt8(ascii: "."), peek() == UInt8(ascii: "."), peek(1) == UInt8(ascii: ".") { offset += 2 }
        return HCLToken(kind: .punctuation, text: text(start), line: startLine, column: startColumn)
    }

    private func text(_ start: Int) -> String { String(decoding: bytes[start..<offset], as: UTF8.self) }

    /// A quoted template; `${…}` and `%{…}` may nest braces and strings, tracked with a stack, not recursion.
    private mutating func quoted() throws(InputError) -> String {
        let startLine = line
        offset += 1
        var out: [UInt8] = []
        var stack: [UInt8] = [UInt8(ascii: "\"")]
        while offset < bytes.count {
            let byte = bytes[offset]
            let inString = stack.last == UInt8(ascii: "\"")
            if byte == 0x0A && inString { break }
            if byte == 0x0A { newline() }
            if inString, byte == UInt8(ascii: "\\"), offset + 1 < bytes.count {
                let escaped = bytes[offset + 1]
                out.append(escaped == UInt8(ascii: "n") ? 0x0A : escaped == UInt8(ascii: "t") ? 0x09 : escaped)
                offset += 2
                continue
            }
            offset += 1
            if inString {
                if byte == UInt8(ascii: "\"") {
                    stack.removeLast()
                    if stack.isEmpty { return String(decoding: out, as: UTF8.self) }
                } else if (byte == UInt8(ascii: "$") || byte == UInt8(ascii: "%")) && peek() == UInt8(ascii: "{") {
                    stack.append(UInt8(ascii: "{"))
                    out.append(byte)
                    out.append(UInt8(ascii: "{"))
                    offset += 1
                    continue
                }
            } else if byte == UInt8(ascii: "{") {
                stack.append(byte)
            } else if byte == UInt8(ascii: "}") {
                stack.removeLast()
            } else if byte == UInt8(ascii: "\"") {
                stack.append(byte)
            }
            guard stack.count < 64 else { throw InputError(path: path, line: line, "string interpolation nested too deeply") }
            out.append(byte)
        }
        throw InputError(path: path, line: startLine, "unterminated string")
    }

    /// `<<EOF` / `<<-EOF` up to the line holding only the delimiter; nil when `<<` is not a heredoc.
    private mutating func heredoc() throws(InputError) -> String? {
        let startLine = line
        var cursor = offset + 2
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let wordStart = cursor
        while cursor < bytes.count, Self.isIdentifierPart(bytes[cursor]) { cursor += 1 }
        guard cursor > wordStart, cursor < bytes.count, bytes[cursor] == 0x0A || bytes[cursor] == 0x0D else { return nil }
        let delimiter = String(decoding: bytes[wordStart..<cursor], as: UTF8.self)
        while cursor < bytes.count, bytes[cursor] != 0x0A { cursor += 1 }
        offset = cursor
        var body: [String] = []
        while offset < bytes.count {
            newline()
            offset += 1
            var end = offset
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let text = String(decoding: bytes[offset..<end], as: UTF8.self)
            let bare = text.trimming(" \t\r")
            offset = end
            if bare == delimiter { return body.joined(separator: "\n") }
            body.append(text)
        }
        throw InputError(path: path, line: startLine, "unterminated heredoc \(delimiter)")
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    static func isIdentifierPart(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }
}
