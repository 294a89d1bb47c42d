import WardCore

/// Substring search byte for byte. With Foundation imported, `range(of:)` and `contains(_:)` on strings
/// go through NSString and Unicode comparison, which dominated the configuration checks' profile;
/// configuration syntax is matched literally, so comparing UTF-8 bytes gives the same answers.
extension StringProtocol where Index == String.Index {
    /// The first occurrence of `needle`, or nil.
    func byteRange(of needle: String) -> Range<String.Index>? {
        let haystack = utf8
        let pattern = needle.utf8
        guard let first = pattern.first else { return nil }
        var from = haystack.startIndex
        while let start = haystack[from...].firstIndex(of: first) {
            var a = start, b = pattern.startIndex
            while b != pattern.endIndex, a != haystack.endIndex, haystack[a] == pattern[b] {
                a = haystack.index(after: a)
                b = pattern.index(after: b)
            }
            if b == pattern.endIndex { return start..<a }
            from = haystack.index(after: start)
        }
        return nil
    }

    /// Whether `needle` occurs.
    func hasBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }
}
