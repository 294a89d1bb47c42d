import WardCore

/// Refuses YAML aliases (`*name`) before the text reaches the composer.
///
/// Yams expands an alias into a copy of its anchored node and hashes mapping keys whole, so a few
/// nested aliases ("billion laughs") would make composing or reading a model exponential. Threat
/// models never need aliases, so a lexical pass that finds an alias at the start of a node is cheaper
/// and safer than a budget. Quoted strings, comments and block scalars are skipped.
enum YAMLAliasGuard {
    static func check(_ text: String, path: String) throws(InputError) {
        var blockParentIndent: Int?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.utf8)
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            let isBlank = indent == line.count || line[indent] == UInt8(ascii: "\r")
            if let parent = blockParentIndent {
                if isBlank || indent > parent { continue }
                blockParentIndent = nil
            }
            if try scan(line, from: indent, lineNumber: lineNumber, path: path) { blockParentIndent = keyColumn(line, from: indent) }
        }
    }

    /// Where the line's innermost block node starts, past any `- ` sequence markers: a block scalar's
    /// content must be indented deeper than that, so a line that is not can carry a real alias.
    private static func keyColumn(_ line: [UInt8], from start: Int) -> Int {
        var column = start
        while column + 1 < line.count, line[column] == UInt8(ascii: "-"), line[column + 1] == UInt8(ascii: " ") {
            column += 2
            while column < line.count, line[column] == UInt8(ascii: " ") { column += 1 }
        }
        return column
    }

    /// Scans one line; returns true when it opens a block scalar (`|` or `>`).
    private static func scan(_ line: [UInt8], from start: Int, lineNumber: Int, path: String) throws(InputError) -> Bool {
        var nodeStart = true
        var quote: UInt8?
        var index = start
        while index < line.count {
            let byte = line[index]
            let next = index + 1 < line.count ? line[index + 1] : UInt8(ascii: " ")
            let nextIsSpace = next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
            defer { index += 1 }
            if let open = quote {
                if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") { index += 1 } else if byte == open { quote = nil }
                continue
            }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            if byte == UInt8(ascii: "#") && (index == 0 || line[index - 1] == UInt8(ascii: " ")) { return false }
            if nodeStart {
                if byte == UInt8(ascii: "*") && !nextIsSpace {
                    throw InputError(path: path, line: lineNumber, "YAML aliases (*name) are not supported in threat models; repeat the value instead")
                }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                    nodeStart = false
                    continue
                }
                if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") { return true }
            }
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                nodeStart = nextIsSpace
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                nodeStart = true
            default:
                nodeStart = false
            }
        }
        return false
    }
}
