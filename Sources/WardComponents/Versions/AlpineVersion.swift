/// An Alpine package version as apk orders it: `1.2.3[letter][_suffix[N]]…[-rN]`.
///
/// Numbers compare part by part (more parts is newer; a later part with a leading zero compares as
/// a decimal fraction), then the optional letter (`1.2a` > `1.2`), then suffixes
/// `_alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p`, then the `-rN` revision.
public struct AlpineVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    struct Suffix: Sendable, Hashable {
        var rank: Int
        var number: UInt64
    }

    let numbers: [Substring]
    let letter: UInt8?
    let suffixes: [Suffix]
    let revision: UInt64
    /// Text that does not fit the grammar; compared last so garbage still orders consistently.
    let rest: String
    public let description: String

    static let suffixRanks: [(String, Int)] = [
        ("alpha", 0), ("beta", 1), ("pre", 2), ("rc", 3), ("cvs", 5), ("svn", 6), ("git", 7), ("hg", 8), ("p", 9),
    ]
    static let noSuffixRank = 4

    public init(_ text: String) {
        description = text
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var revision: UInt64 = 0
        if let range = rest.range(of: "-r", options: .backwards), rest[range.upperBound...].allSatisfy(\.isNumber) {
            revision = VersionText.number(rest[range.upperBound...].utf8)
            rest = rest[..<range.lowerBound]
        }
        var numbers: [Substring] = []
        while let first = rest.first, first.isASCII, first.isNumber {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            numbers.append(digits)
            rest = rest.dropFirst(digits.count)
            if rest.first == ".", rest.dropFirst().first?.isNumber == true { rest = rest.dropFirst() } else { break }
        }
        var letter: UInt8?
        if let first = rest.utf8.first, VersionText.isLetter(first) {
            letter = first | 0x20
            rest = rest.dropFirst()
        }
        var suffixes: [Suffix] = []
        while rest.first == "_" {
            let word = rest.dropFirst().prefix { $0.isLetter }
            guard let rank = Self.suffixRanks.first(where: { $0.0 == word })?.1 else { break }
            rest = rest.dropFirst(1 + word.count)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            suffixes.append(Suffix(rank: rank, number: VersionText.number(digits.utf8)))
        }
        self.numbers = numbers
        self.letter = letter
        self.suffixes = suffixes
        self.revision = revision
        self.rest = String(rest)
    }

    private static func compareNumber(_ lhs: Substring, _ rhs: Substring, first: Bool) -> Int {
        if !first, lhs.hasPrefix("0") || rhs.hasPrefix("0") {
            // apk compares such parts as fractions: `1.05` < `1.1`.
            return lhs == rhs ? 0 : (lhs < rhs ? -1 : 1)
        }
        let left = VersionText.number(lhs.utf8), right = VersionText.number(rhs.utf8)
        return left == right ? 0 : (left < right ? -1 : 1)
    }

    static func order(_ lhs: Self, _ rhs: Self) -> Int {
        for index in 0..<max(lhs.numbers.count, rhs.numbers.count) {
            guard index < lhs.numbers.count else { return -1 }
            guard index < rhs.numbers.count else { return 1 }
            let result = compareNumber(lhs.numbers[index], rhs.numbers[index], first: index == 0)
            if result != 0 { return result }
        }
        if lhs.letter != rhs.letter {
            guard let left = lhs.letter else { return -1 }
            guard let right = rhs.letter else { return 1 }
            return left < right ? -1 : 1
        }
        for index in 0..<max(lhs.suffixes.count, rhs.suffixes.count) {
            let left = index < lhs.suffixes.count ? lhs.suffixes[index] : Suffix(rank: noSuffixRank, number: 0)
            let right = index < rhs.suffixes.count ? rhs.suffixes[index] : Suffix(rank: noSuffixRank, number: 0)
            if left.rank != right.rank { return left.rank < right.rank ? -1 : 1 }
            if left.number != right.number { return left.number < right.number ? -1 : 1 }
        }
        if lhs.revision != rhs.revision { return lhs.revision < rhs.revision ? -1 : 1 }
        return lhs.rest == rhs.rest ? 0 : (lhs.rest < rhs.rest ? -1 : 1)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { order(lhs, rhs) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { order(lhs, rhs) == 0 }
    public func hash(into hasher: inout Hasher) { hasher.combine(revision) }
}

/// Alpine (apk) ordering.
public struct AlpineScheme: VersionScheme {
    public init() {}
    public var name: String { "Alpine (apk)" }
    public func parse(_ text: String) -> AlpineVersion { AlpineVersion(text) }
}
