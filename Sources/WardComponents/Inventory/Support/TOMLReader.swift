import WardCore

/// The byte-level reader behind `TOMLDocument`.
struct TOMLReader {
    let bytes: [UInt8]
    let path: String
    var index = 0
    var line = 1

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ message: String) -> InputError {
        InputError(path: path, line: line, "invalid TOML: \(message)")
    }

    mutating func document() throws(InputError) -> TOMLDocument {
        var tables = [TOMLTable(header: [], isArrayElement: false, line: 1, entries: [])]
        while true {
            skipBlankAndComments(newlines: true)
            guard let byte = current else { break }
            if byte == UInt8(ascii: "[") {
                let start = line
                index += 1
                let isArray = current == UInt8(ascii: "[")
                if isArray { index += 1 }
                skipSpaces()
                let header = try key()
                skipSpaces()
                guard expect("]"), !isArray || expect("]") else { throw failure("unterminated table header") }
                tables.append(TOMLTable(header: header, isArrayElement: isArray, line: start, entries: []))
            } else {
                let start = line
                let name = try key()
                skipSpaces()
                guard expect("=") else { throw failure("expected '=' after key '\(name.joined(separator: "."))'") }
                skipSpaces()
                let value = try self.value(depth: 0)
                tables[tables.count - 1].entries.append(TOMLEntry(key: name, value: value, line: start))
            }
            skipBlankAndComments(newlines: false)
            if let byte = current, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
                throw failure("unexpected text at the end of a line")
            }
        }
        return TOMLDocument(tables: tables)
    }

    private mutating func expect(_ character: Unicode.Scalar) -> Bool {
        guard current == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    private mutating func skipSpaces() {
        while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { index += 1 }
    }

    /// Skips spaces and comments, and line ends too when `newlines` is set.
    private mutating func skipBlankAndComments(newlines: Bool) {
        while let byte = current {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || (newlines && byte == UInt8(ascii: "\r")) {
                index += 1
            } else if byte == UInt8(ascii: "\n") && newlines {
                index += 1
                line += 1
            } else if byte == UInt8(ascii: "#") {
                while let next = current, next != UInt8(ascii: "\n") { index += 1 }
            } else {
                return
            }
        }
    }

    /// A bare, quoted or dotted key.
    private mutating func key() throws(InputError) -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let byte = current else { throw failure("expected a key") }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                parts.append(try string())
            } else {
                let begin = index
                while let next = current, Self.isBareKeyByte(next) { index += 1 }
                guard index > begin else { throw failure("expected a key") }
                parts.append(String(decoding: bytes[begin..<index], as: UTF8.self))
            }
            skipSpaces()
            guard expect(".") else { return parts }
        }
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private mutating func value(depth: Int) throws(InputError) -> TOMLValue {
        guard depth < 128 else { throw failure("nested too deeply") }
        guard let byte = current else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return .string(try string())
        case UInt8(ascii: "["):
            index += 1
            var values: [TOMLValue] = []
            while true {
                skipBlankAndComments(newlines: true)
                if expect("]") { return .array(values) }
                values.append(try value(depth: depth + 1))
                skipBlankAndComments(newlines: true)
                if expect(",") { continue }
                guard expect("]") else { throw failure("expected ',' or ']' in an array") }
                return .array(values)
            }
        case UInt8(ascii: "{"):
            index += 1
            var entries: [TOMLEntry] = []
            while true {
                skipBlankAndComments(newlines: true)
                if expect("}") { return .table(entries) }
                let start = line
                let name = try key()
                skipSpaces()
                guard expect("=") else { throw failure("expected '=' in an inline table") }
                skipSpaces()
                entries.append(TOMLEntry(key: name, value: try value(depth: depth + 1), line: start))
                skipBlankAndComments(newlines: true)
                if expect(",") { continue }
                guard expect("}") else { throw failure("expected ',' or '}' in an inline table") }
                return .table(entries)
            }
        default:
            let begin = index
            while let next = current, !Self.endsScalar(next) { index += 1 }
            var end = index
            while end > begin, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            guard end > begin else { throw failure("expected a value") }
            return .scalar(String(decoding: bytes[begin..<end], as: UTF8.self))
        }
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "#")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// A basic (`"`) or literal (`'`) string, single- or multi-line.
    private mutating func string() throws(InputError) -> String {
        let quote = bytes[index]
        let literal = quote == UInt8(ascii: "'")
        let multiline = index + 2 < bytes.count && bytes[index + 1] == quote && bytes[index + 2] == quote
        index += multiline ? 3 : 1
        if multiline, current == UInt8(ascii: "\r") { index += 1 }
        if multiline, current == UInt8(ascii: "\n") { index += 1; line += 1 }
        var out: [UInt8] = []
        while let byte = current {
            if byte == quote {
                if !multiline { index += 1; return String(decoding: out, as: UTF8.self) }
                if index + 2 < bytes.count, bytes[index + 1] == quote, bytes[index + 2] == quote {
                    index += 3
                    return String(decoding: out, as: UTF8.self)
                }
            }
            if byte == UInt8(ascii: "\n") {
                guard multiline else { throw failure("unterminated string") }
                line += 1
            }
            if byte == UInt8(ascii: "\\") && !literal, index + 1 < bytes.count {
                index += 1
                switch bytes[index] {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let width = bytes[index] == UInt8(ascii: "u") ? 4 : 8
                    guard index + width < bytes.count,
                          let code = UInt32(String(decoding: bytes[(index + 1)...(index + width)], as: UTF8.self), radix: 16) else {
                        throw failure("bad unicode escape")
                    }
                    out += Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8)
                    index += width
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "), UInt8(ascii: "\t"):
                    // A line-ending backslash joins lines in multi-line basic strings.
                    while let next = current, next == UInt8(ascii: "\n") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r") {
                        if next == UInt8(ascii: "\n") { line += 1 }
                        index += 1
                    }
                    continue
                default: out.append(bytes[index])
                }
                index += 1
                continue
            }
            out.append(byte)
            index += 1
        }
        throw failure("unterminated string")
    }
}
