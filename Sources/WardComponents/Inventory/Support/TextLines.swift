import WardCore

/// The lines of a text file with their 1-based numbers: a UTF-8 BOM dropped, CRLF and LF both end a line.
struct TextLines: Sequence {
    struct Line {
        let number: Int
        let text: Substring
    }

    let text: String
    private let lines: [Substring]

    init(_ bytes: [UInt8]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        text = String(decoding: body, as: UTF8.self)
        // Splitting the unicode scalars keeps "\r\n" as two scalars, so both endings are seen.
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { result.append(text[start...]) }
        lines = result
    }

    var count: Int { lines.count }

    subscript(number: Int) -> Substring { lines[number - 1] }

    func makeIterator() -> AnyIterator<Line> {
        var index = 0
        return AnyIterator {
            guard index < lines.count else { return nil }
            defer { index += 1 }
            return Line(number: index + 1, text: lines[index])
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmed: Substring {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return Substring(slice)
    }

    /// Number of leading spaces (a tab counts as one).
    var indentation: Int { prefix(while: { $0 == " " || $0 == "\t" }).count }

    /// The text with one pair of surrounding double or single quotes removed.
    var unquoted: Substring {
        let slice = self[...]
        if slice.count >= 2, let first = slice.first, first == "\"" || first == "'", slice.last == first {
            return Substring(slice.dropFirst().dropLast())
        }
        return Substring(slice)
    }
}

extension StringProtocol {
    /// The range of the last occurrence of `needle`, compared by unicode scalars.
    func lastRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty else { return nil }
        let scalars = unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            var start = end
            var matched = true
            for scalar in pattern.reversed() {
                guard start > scalars.startIndex else { matched = false; break }
                start = scalars.index(before: start)
                if scalars[start] != scalar { matched = false; break }
            }
            if matched { return start..<end }
            end = scalars.index(before: end)
        }
        return nil
    }

    /// The range of the first occurrence of `needle`.
    func firstRange(of needle: String) -> Range<Index>? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty else { return nil }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex {
            var cursor = start
            var matched = true
            for scalar in pattern {
                guard cursor < scalars.endIndex, scalars[cursor] == scalar else { matched = false; break }
                cursor = scalars.index(after: cursor)
            }
            if matched { return start..<cursor }
            start = scalars.index(after: start)
        }
        return nil
    }
}
