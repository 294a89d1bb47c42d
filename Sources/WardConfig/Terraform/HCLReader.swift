import WardCore

/// Reads HCL (Terraform) into blocks and attributes with lines. Expressions are kept as text; depth is
/// bounded, and anything malformed is an input error naming the file and line.
public struct HCLReader {
    private var tokens: [HCLToken]
    private var index = 0
    private let path: String
    private var depth = 0
    static let maximumDepth = 64

    public static func parse(_ text: String, path: String) throws(InputError) -> HCLBody {
        var lexer = HCLLexer(text, path: path)
        var reader = HCLReader(tokens: try lexer.tokenize(), path: path)
        return try reader.body(closing: false)
    }

    private init(tokens: [HCLToken], path: String) {
        self.tokens = tokens
        self.path = path
    }

    private var current: HCLToken { tokens[min(index, tokens.count - 1)] }

    private func error(_ message: String) -> InputError { InputError(path: path, line: current.line, column: current.column, message) }

    private mutating func skipNewlines() { while current.kind == .newline { index += 1 } }

    private func isPunctuation(_ text: String) -> Bool { current.kind == .punctuation && current.text == text }

    private mutating func enter() throws(InputError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested too deeply") }
    }

    private mutating func body(closing: Bool) throws(InputError) -> HCLBody {
        try enter()
        defer { depth -= 1 }
        var body = HCLBody()
        while true {
            skipNewlines()
            if current.kind == .end {
                if closing { throw error("missing '}'") }
                return body
            }
            if isPunctuation("}") {
                guard closing else { throw error("unexpected '}'") }
                index += 1
                return body
            }
            guard current.kind == .identifier else { throw error("expected an attribute or block, found '\(current.text)'") }
            let name = current
            index += 1
            if isPunctuation("=") {
                index += 1
                let value = try expression()
                body.attributes.append(HCLAttribute(name: name.text, line: name.line, column: name.column, value: value))
                guard current.kind == .newline || current.kind == .end || isPunctuation("}") else { throw error("expected a new line after the attribute") }
                continue
            }
            var labels: [String] = []
            while current.kind == .string || current.kind == .identifier {
                labels.append(current.text)
                index += 1
            }
            guard isPunctuation("{") else { throw error("expected '{' after block \(name.text)") }
            index += 1
            let inner = try self.body(closing: true)
            body.blocks.append(HCLBlock(type: name.text, labels: labels, line: name.line, column: name.column, body: inner))
        }
    }

    /// A primary value followed by any operators, which turn it into an `.expression`.
    private mutating func expression() throws(InputError) -> HCLValue {
        try enter()
        defer { depth -= 1 }
        let first = try primary()
        var text: [String] = []
        var nesting = 0
        while current.kind != .end {
            if nesting == 0, current.kind == .newline || isPunctuation(",") || isPunctuation("}") || isPunctuation("]") || isPunctuation(")") { break }
            if current.kind == .punctuation, ["(", "[", "{"].contains(current.text) { nesting += 1 }
            if current.kind == .punctuation, [")", "]", "}"].contains(current.text) { nesting -= 1 }
            if current.kind != .newline { text.append(current.kind == .string ? "\"\(current.text)\"" : current.text) }
            index += 1
        }
        guard !text.isEmpty else { return first }
        return .expression(([Self.describe(first)] + text).joined(separator: " "))
    }

    private mutating func primary() throws(InputError) -> HCLValue {
        let token = current
        switch token.kind {
        case .string:
            index += 1
            return .string(token.text, line: token.line)
        case .number:
            index += 1
            return .number(token.text)
        case .identifier:
            index += 1
            switch token.text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: break
            }
            if isPunctuation("(") {
                index += 1
                return .call(token.text, try sequence(closing: ")"))
            }
            return .expression(token.text + traversal())
        case .punctuation:
            index += 1
            switch token.text {
            case "[":
                if current.kind == .identifier, current.text == "for" { return .expression("[" + skipBalanced(closing: "]")) }
                return .list(try sequence(closing: "]"))
            case "{":
                skipNewlines()
                if current.kind == .identifier, current.text == "for" { return .expression("{" + skipBalanced(closing: "}")) }
                return .object(try object())
            case "(":
                let inner = try expression()
                skipNewlines()
                guard isPunctuation(")") else { throw error("missing ')'") }
                index += 1
                return .expression("(" + Self.describe(inner) + ")")
            case "-", "!":
                return .expression(token.text + Self.describe(try primary()))
            default:
                throw InputError(path: path, line: token.line, column: token.column, "unexpected '\(token.text)'")
            }
        case .newline, .end:
            throw InputError(path: path, line: token.line, column: token.column, "missing value")
        }
    }

    /// `.name`, `[index]`, `.*` and `[*]` after a reference.
    private mutating func traversal() -> String {
        var text = ""
        while true {
            if isPunctuation("."), index + 1 < tokens.count, tokens[index + 1].kind != .newline {
                text += "." + tokens[index + 1].text
                index += 2
            } else if isPunctuation("[") {
                index += 1
                text += "[" + skipBalanced(closing: "]")
            } else {
                return text
            }
        }
    }

    /// Consumes tokens up to the matching `closing`, returning their text (unparsed).
    private mutating func skipBalanced(closing: String) -> String {
        var nesting = 0
        var text: [String] = []
        while current.kind != .end {
            let token = current
            index += 1
            if token.kind == .punctuation, ["(", "[", "{"].contains(token.text) { nesting += 1 }
            if token.kind == .punctuation, [")", "]", "}"].contains(token.text) {
                if nesting == 0 { return text.joined(separator: " ") + closing }
                nesting -= 1
            }
            if token.kind != .newline { text.append(token.text) }
        }
        return text.joined(separator: " ")
    }

    /// Comma- or newline-separated values up to `closing` (list items, call arguments).
    private mutating func sequence(closing: String) throws(InputError) -> [HCLValue] {
        var items: [HCLValue] = []
        while true {
            skipNewlines()
            if isPunctuation(closing) { index += 1; return items }
            guard current.kind != .end else { throw error("missing '\(closing)'") }
            items.append(try expression())
            skipNewlines()
            if isPunctuation(",") || isPunctuation("...") { index += 1 }
        }
    }

    /// Object entries `key = value` or `"key": value` up to `}`.
    private mutating func object() throws(InputError) -> [HCLAttribute] {
        var entries: [HCLAttribute] = []
        while true {
            skipNewlines()
            if isPunctuation("}") { index += 1; return entries }
            let key = current
            guard key.kind == .identifier || key.kind == .string || key.kind == .number || isPunctuation("(") else {
                throw error("expected an object key, found '\(key.text)'")
            }
            let name: String
            if isPunctuation("(") {
                index += 1
                name = "(" + skipBalanced(closing: ")")
            } else {
                index += 1
                name = key.text + traversal()
            }
            guard isPunctuation("=") || isPunctuation(":") else { throw error("expected '=' after object key \(name)") }
            index += 1
            entries.append(HCLAttribute(name: name, line: key.line, column: key.column, value: try expression()))
            if isPunctuation(",") { index += 1 }
        }
    }

    static func describe(_ value: HCLValue) -> String {
        switch value {
        case .string(let text, _): "\"\(text)\""
        case .number(let text), .expression(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .list: "[…]"
        case .object: "{…}"
        case .call(let name, _): name + "(…)"
        }
    }
}
