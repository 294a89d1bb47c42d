import WardMatch

/// One regular expression of a rule, compiled once and shared by all threads, with its named groups.
public final class CompiledPattern: Sendable {
    public let regex: PCRE2Regex
    /// Group number of each named group, e.g. `SINK` for `(?<SINK>…)`.
    public let groupNumbers: [String: Int]

    public init(_ source: String) throws(PatternError) {
        regex = try PCRE2Regex(source)
        var numbers: [String: Int] = [:]
        for name in Self.groupNames(in: source) {
            if let number = regex.groupNumber(named: name) { numbers[name] = number }
        }
        groupNumbers = numbers
    }

    public var source: String { regex.pattern }

    /// The group a metavariable refers to, or nil when this pattern has no such group.
    func groupIndex(_ reference: GroupReference) -> Int? {
        switch reference {
        case .number(let number): number <= regex.captureCount ? number : nil
        case .name(let name): groupNumbers[name]
        }
    }

    /// Names declared with `(?<name>`, `(?P<name>` or `(?'name'`; escaped parentheses are skipped.
    static func groupNames(in source: String) -> [String] {
        let bytes = Array(source.utf8)
        var names: [String] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == UInt8(ascii: "("), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "?") {
                var start = index + 2
                if bytes[start] == UInt8(ascii: "P") { start += 1 }
                if start < bytes.count, bytes[start] == UInt8(ascii: "<") || bytes[start] == UInt8(ascii: "'") {
                    var end = start + 1
                    while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                    if end > start + 1 { names.append(String(decoding: bytes[(start + 1)..<end], as: UTF8.self)) }
                }
            }
            index += 1
        }
        return names
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}

/// A metavariable: `$1` (group number) or `$NAME` (named group).
public enum GroupReference: Sendable, Hashable, CustomStringConvertible {
    case number(Int)
    case name(String)

    /// Parses `$3` or `$NAME` (the `$` is optional).
    public init?(parsing text: String) {
        let body = text.hasPrefix("$") ? String(text.dropFirst()) : text
        guard let first = body.unicodeScalars.first else { return nil }
        if let number = Int(body), number >= 0 {
            self = .number(number)
        } else if first.properties.isAlphabetic || first == "_",
                  body.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) }) {
            self = .name(body)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .number(let number): "$\(number)"
        case .name(let name): "$\(name)"
        }
    }
}
