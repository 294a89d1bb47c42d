#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the comments and string-literal contents of a source file lie, as byte ranges.
public struct MaskSpans: Sendable, Equatable {
    /// Whole comments, delimiters included.
    public var comments: [Range<Int>] = []
    /// String contents between the quotes (the quotes stay visible so a masked call still reads as
    /// taking a string argument).
    public var strings: [Range<Int>] = []
}

/// Blanks out comments (and, when asked, string contents) by overwriting them with spaces. Newlines
/// and every other byte offset are kept, so a match in the masked text has the line and column it
/// has in the real file.
public enum SourceMasker {
    /// Finds comments and strings in one left-to-right pass. Never fails: unterminated comments and
    /// strings end at the end of the file (or, for single-line strings, at the end of the line).
    public static func spans(in bytes: UnsafeRawBufferPointer, syntax: LanguageSyntax) -> MaskSpans {
        var spans = MaskSpans()
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !syntax.isEmpty else { return spans }
        let count = bytes.count
        var index = 0
        // The last byte that was not whitespace, to tell a JavaScript regex literal from a division.
        var previous = UInt8(ascii: "\n")
        scan: while index < count {
            let byte = base[index]
            guard syntax.interesting[Int(byte)] else {
                if byte > 0x20 { previous = byte }
                index += 1
                continue
            }
            for opener in syntax.lineComments where has(opener, at: index, base, count) {
                let end = lineEnd(from: index, base, count)
                spans.comments.append(index..<end)
                index = end
                continue scan
            }
            if let block = syntax.blockComment, has(block.open, at: index, base, count) {
                let end = blockEnd(block, from: index + block.open.count, base, count)
                spans.comments.append(index..<end)
                index = end
                continue scan
            }
            for literal in syntax.strings where has(literal.open, at: index, base, count) {
                let (content, end) = stringEnd(literal, from: index + literal.open.count, base, count)
                if !content.isEmpty { spans.strings.append(content) }
                index = end
                previous = UInt8(ascii: "\"")
                continue scan
            }
            if syntax.regexLiterals, byte == UInt8(ascii: "/"), startsOperand(after: previous),
               let end = regexEnd(from: index + 1, base, count) {
                if end - 1 > index + 1 { spans.strings.append((index + 1)..<(end - 1)) }
                index = end
                previous = UInt8(ascii: "\"")
                continue scan
            }
            if byte > 0x20 { previous = byte }
            index += 1
        }
        return spans
    }

    /// A copy of `bytes` with the given spans overwritten by spaces, newlines kept.
    public static func masked(_ bytes: UnsafeRawBufferPointer, blanking groups: [[Range<Int>]]) -> [UInt8] {
        var out = [UInt8](bytes)
        out.withUnsafeMutableBufferPointer { buffer in
            for spans in groups {
                for span in spans where span.upperBound <= buffer.count {
                    for position in span where buffer[position] != 0x0A && buffer[position] != 0x0D { buffer[position] = 0x20 }
                }
            }
        }
        return out
    }

    private static func has(_ literal: [UInt8], at index: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        guard index + literal.count <= count else { return false }
        for (offset, byte) in literal.enumerated() where base[index + offset] != byte { return false }
        return true
    }

    private static func lineEnd(from index: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
        guard let hit = memchr(base + index, 0x0A, count - index) else { return count }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
    }

    private static func blockEnd(_ block: LanguageSyntax.BlockComment, from start: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var depth = 1
        var index = start
        while index < count {
            if has(block.close, at: index, base, count) {
                depth -= 1
                index += block.close.count
                if depth == 0 { return index }
            } else if block.nests, has(block.open, at: index, base, count) {
                depth += 1
                index += block.open.count
            } else {
                index += 1
            }
        }
        return count
    }

    /// The content range of a string whose content starts at `start`, and the offset after its end.
    private static func stringEnd(_ literal: LanguageSyntax.StringLiteral, from start: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> (Range<Int>, Int) {
        var index = start
        while index < count {
            let byte = base[index]
            if literal.escapes, byte == UInt8(ascii: "\\") {
                // An escaped newline would hide the end of a single-line string; let the check below see it.
                if index + 1 < count, base[index + 1] == 0x0A, !literal.multiline { return (start..<index + 1, index + 1) }
                index += 2
                continue
            }
            if byte == 0x0A, !literal.multiline { return (start..<index, index) }
            if byte == literal.close[0], has(literal.close, at: index, base, count) {
                return (start..<index, index + literal.close.count)
            }
            index += 1
        }
        return (start..<count, count)
    }

    /// Bytes after which a `/` begins an operand (a regex literal) rather than dividing.
    private static func startsOperand(after byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["),
             UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "?"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: ";"), UInt8(ascii: "\n"), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"), UInt8(ascii: "^"):
            return true
        default:
            return false
        }
    }

    /// The offset after the closing `/` (and flags) of a regex literal, or nil when the line has none.
    private static func regexEnd(from start: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> Int? {
        guard start < count, base[start] != UInt8(ascii: "/"), base[start] != UInt8(ascii: "*") else { return nil }
        var index = start
        var inClass = false
        while index < count {
            let byte = base[index]
            switch byte {
            case 0x0A: return nil
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): inClass = true
            case UInt8(ascii: "]"): inClass = false
            case UInt8(ascii: "/") where !inClass: return index + 1
            default: break
            }
            index += 1
        }
        return nil
    }
}
