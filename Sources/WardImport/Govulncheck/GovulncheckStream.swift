import Foundation

/// Splits govulncheck's output into its top-level JSON values: a stream of concatenated,
/// indented objects (what `govulncheck -json` writes) or a JSON array of them.
enum GovulncheckStream {
    /// The byte ranges of the top-level values; nil when braces or strings are unbalanced.
    static func values(in bytes: [UInt8]) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var depth = 0
        var start = 0
        var inString = false
        var escaped = false
        var index = 0
        // A leading `[` wraps the objects in an array: skip it and its commas.
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        let isArray = index < bytes.count && bytes[index] == UInt8(ascii: "[")
        if isArray { index += 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                if depth == 0 { start = index }
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                if depth == 0 {
                    // The closing bracket of the wrapping array ends the stream.
                    guard isArray, byte == UInt8(ascii: "]") else { return nil }
                    return ranges
                }
                depth -= 1
                if depth == 0 { ranges.append(start..<(index + 1)) }
            } else if depth == 0, !isSpace(byte), !(isArray && byte == UInt8(ascii: ",")) {
                return nil
            }
            index += 1
        }
        return depth == 0 && !inString && !isArray ? ranges : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
