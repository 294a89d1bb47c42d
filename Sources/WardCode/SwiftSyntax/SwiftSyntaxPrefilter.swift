/// Decides from a few byte searches which rules a file can possibly trigger, so that a file no rule
/// can fire on is never parsed (parsing runs at ~10–15 MB/s, the searches at GB/s).
///
/// Each rule declares all-of groups of any-of `RequiredText`s. Every distinct text is searched at
/// most once per file, and only when a rule still needs it: rules list their rarest group first.
struct SwiftSyntaxPrefilter: Sendable {
    private let texts: [RequiredText]
    /// Exact texts as written; `.anyCase` and `.word` texts lowercased, searched in the folded copy.
    private let needles: [[UInt8]]
    /// Per needle, the offset of its rarest byte: the one `memchr` looks for.
    private let pivots: [Int]
    /// Per rule, its groups as indices into `texts`.
    private let groups: [[[Int]]]

    init(_ requirements: [[[RequiredText]]]) {
        var texts: [RequiredText] = []
        var index: [RequiredText: Int] = [:]
        groups = requirements.map { rule in
            rule.map { group in
                group.map { text in
                    if let known = index[text] { return known }
                    index[text] = texts.count
                    texts.append(text)
                    return texts.count - 1
                }
            }
        }
        self.texts = texts
        let needles = texts.map { text in text.matching == .exact ? Array(text.text.utf8) : Array(text.text.utf8).map(Self.lowercased) }
        self.needles = needles
        pivots = needles.map { needle in needle.indices.max { Self.rarity(needle[$0]) < Self.rarity(needle[$1]) } ?? 0 }
    }

    /// Reused buffers of one worker: the lowercase copy of the file and what is known of each text.
    struct Scratch {
        var folded: [UInt8] = []
        var found: [UInt8] = []
    }

    /// Indices of the rules whose every group has a text that occurs in `bytes`, in order.
    func applicableRules(in bytes: UnsafeRawBufferPointer, scratch: inout Scratch) -> [Int] {
        scratch.found = [UInt8](repeating: Self.unknown, count: texts.count)
        var isFolded = false
        var applicable: [Int] = []
        for (rule, ruleGroups) in groups.enumerated() {
            var passes = true
            for group in ruleGroups where passes {
                passes = false
                for text in group {
                    if scratch.found[text] == Self.unknown {
                        if texts[text].matching != .exact, !isFolded {
                            Self.fold(bytes, into: &scratch.folded)
                            isFolded = true
                        }
                        scratch.found[text] = occurs(text, in: bytes, folded: scratch.folded) ? Self.present : Self.absent
                    }
                    if scratch.found[text] == Self.present {
                        passes = true
                        break
                    }
                }
            }
            if passes { applicable.append(rule) }
        }
        return applicable
    }

    /// Whether one rule's groups all match `text`; lets tests check each rule's prefilter on its own.
    static func matches(_ requirements: [[RequiredText]], in text: String) -> Bool {
        let prefilter = SwiftSyntaxPrefilter([requirements])
        var scratch = Scratch()
        return Array(text.utf8).withUnsafeBytes { !prefilter.applicableRules(in: $0, scratch: &scratch).isEmpty }
    }

    // MARK: - Searching

    private static let unknown: UInt8 = 0, present: UInt8 = 1, absent: UInt8 = 2

    private func occurs(_ text: Int, in bytes: UnsafeRawBufferPointer, folded: [UInt8]) -> Bool {
        let needle = needles[text], pivot = pivots[text]
        guard !needle.isEmpty else { return true }
        switch texts[text].matching {
        case .exact:
            return Self.firstOffset(of: needle, pivot: pivot, in: bytes, from: 0) != nil
        case .anyCase:
            return folded.withUnsafeBytes { Self.firstOffset(of: needle, pivot: pivot, in: UnsafeRawBufferPointer(rebasing: $0[0..<bytes.count]), from: 0) != nil }
        case .word:
            return folded.withUnsafeBytes { all in
                let haystack = UnsafeRawBufferPointer(rebasing: all[0..<bytes.count])
                var from = 0
                while let start = Self.firstOffset(of: needle, pivot: pivot, in: haystack, from: from) {
                    if Self.isWord(bytes, start..<start + needle.count) { return true }
                    from = start + 1
                }
                return false
            }
        }
    }

    /// Whether `SwiftNameWords.words` could split a word exactly at `range` of `bytes` (of a name,
    /// or of a literal's value whose escapes such as `\t` end the word before). Errs towards yes.
    private static func isWord(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        let start = range.lowerBound, end = range.upperBound
        // A lower-case letter or digit continues the word before it; an upper-case one may start a word.
        let startsWord = start == 0 || isUpper(bytes[start]) || !isWordByte(bytes[start - 1])
            || (start >= 2 && (bytes[start - 2] == UInt8(ascii: "\\") || bytes[start - 2] == UInt8(ascii: "#")))
        // Only a lower-case letter, digit or non-ASCII byte after it always extends the word.
        let endsWord = end == bytes.count || isUpper(bytes[end]) || !isWordByte(bytes[end])
        return startsWord && endsWord
    }

    /// Letters, digits and non-ASCII bytes: what `SwiftNameWords.words` keeps inside words.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        isUpper(byte) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    private static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    private static func fold(_ bytes: UnsafeRawBufferPointer, into folded: inout [UInt8]) {
        if folded.count < bytes.count { folded = [UInt8](repeating: 0, count: bytes.count) }
        folded.withUnsafeMutableBufferPointer { out in
            for index in 0..<bytes.count { out[index] = lowercased(bytes[index]) }
        }
    }

    /// The first occurrence of `needle` at or after `from`: `memchr` for its byte at `pivot` (the
    /// rarest), then `memcmp` around it (Glibc's `memmem` is not visible to Swift).
    private static func firstOffset(of needle: [UInt8], pivot: Int, in haystack: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let base = haystack.baseAddress, needle.count <= haystack.count - from else { return nil }
        let pivotByte = Int32(needle[pivot])
        return needle.withUnsafeBytes { needleBytes -> Int? in
            guard let needleBase = needleBytes.baseAddress else { return from }
            var position = from + pivot
            let last = haystack.count - needle.count + pivot
            while position <= last {
                guard let hit = memchr(base + position, pivotByte, last + 1 - position) else { return nil }
                let offset = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + offset - pivot, needleBase, needle.count) == 0 { return offset - pivot }
                position = offset + 1
            }
            return nil
        }
    }

    /// How rare a byte is in source code: bytes missing from this list, most frequent first, are rarest.
    private static let frequencyOrder = Array(" etnaoisrl\n().dcpum:,h\"fgy=bv_wk{}S".utf8)

    private static func rarity(_ byte: UInt8) -> Int {
        frequencyOrder.firstIndex(of: byte) ?? frequencyOrder.count
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
