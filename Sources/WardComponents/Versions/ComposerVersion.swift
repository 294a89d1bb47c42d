/// A Composer (Packagist) version: normalised as Composer's `VersionParser` does (`v1.2` →
/// `1.2.0.0`, `1.0-b2` → `1.0.0.0-beta2`, `1.0.x-dev`), then ordered by PHP's `version_compare`
/// rules: `dev < alpha = a < beta = b < RC = rc < (release) < pl = p = patch`; words PHP does not
/// know sort first. Branches (`dev-main`) sort before every numbered version.
public struct ComposerVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    enum Token: Comparable, Sendable, Hashable {
        case number(UInt64)
        case word(Int)
    }

    let branch: String?
    let tokens: [Token]
    public let description: String

    /// The rank of the release position itself (`#` in PHP's table).
    static let releaseRank = 4

    public init(_ text: String) {
        description = text
        var lowered = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let alias = lowered.range(of: " as ") { lowered = String(lowered[..<alias.lowerBound]) }
        if lowered.hasPrefix("dev-") || ["master", "trunk", "default"].contains(lowered) {
            branch = lowered
            tokens = []
            return
        }
        branch = nil
        tokens = ComposerVersion.tokens(ComposerVersion.normalise(lowered))
    }

    /// `VersionParser::normalize` for the usual shapes: four numeric parts, expanded stability words.
    static func normalise(_ text: String) -> String {
        var rest = Substring(text)
        if rest.first == "v", rest.dropFirst().first?.isNumber == true { rest = rest.dropFirst() }
        if let plus = rest.firstIndex(of: "+") { rest = rest[..<plus] }
        var numbers: [Substring] = []
        while numbers.count < 4 {
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
            guard !digits.isEmpty else { break }
            numbers.append(digits)
            rest = rest.dropFirst(digits.count)
            if rest.first == ".", rest.dropFirst().first?.isNumber == true { rest = rest.dropFirst() } else { break }
        }
        guard !numbers.isEmpty else { return text }
        var wildcard = false
        if rest.hasPrefix(".x") || rest.hasPrefix(".*") {
            wildcard = true
            rest = rest.dropFirst(2)
        }
        let filler = wildcard ? "9999999" : "0"
        var version = numbers.joined(separator: ".")
        for _ in numbers.count..<4 { version += "." + filler }
        if let first = rest.first, "._-".contains(first) { rest = rest.dropFirst() }
        let stabilities: [(String, String)] = [
            ("stable", ""), ("alpha", "alpha"), ("beta", "beta"), ("patch", "patch"), ("rc", "RC"),
            ("pl", "patch"), ("a", "alpha"), ("b", "beta"), ("p", "patch"),
        ]
        for (spelling, expanded) in stabilities where rest.hasPrefix(spelling) {
            rest = rest.dropFirst(spelling.count)
            let number = rest.prefix { $0.isNumber || $0 == "." || $0 == "-" }
            let digits = number.drop { $0 == "." || $0 == "-" }
            if !expanded.isEmpty { version += "-" + expanded + digits.filter { $0 != "-" } }
            rest = rest.dropFirst(number.count)
            if rest.hasPrefix("-") || rest.hasPrefix(".") { rest = rest.dropFirst() }
            break
        }
        if rest == "dev" || rest.hasSuffix("-dev") || rest.hasSuffix(".dev") {
            version += "-dev"
        } else if !rest.isEmpty {
            version += "-" + rest
        }
        return version
    }

    /// PHP's `canonicalize` (separators to `.`, a `.` at every digit/letter change) split into tokens.
    static func tokens(_ version: String) -> [Token] {
        var tokens: [Token] = []
        var current: [UInt8] = []
        var currentIsDigit = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(currentIsDigit ? .number(VersionText.number(current)) : .word(wordRank(current)))
            current.removeAll()
        }
        for byte in version.utf8 {
            let digit = VersionText.isDigit(byte)
            if !(digit || VersionText.isLetter(byte)) {
                flush()
                continue
            }
            if !current.isEmpty, digit != currentIsDigit { flush() }
            currentIsDigit = digit
            current.append(byte)
        }
        flush()
        return tokens
    }

    /// PHP matches a word by prefix against its table: `beta2` is never seen (split), `patch` is `p`.
    static func wordRank(_ word: [UInt8]) -> Int {
        let table: [(String, Int)] = [("dev", 0), ("alpha", 1), ("a", 1), ("beta", 2), ("b", 2), ("rc", 3), ("pl", 5), ("p", 5)]
        let text = String(decoding: word, as: UTF8.self).lowercased()
        for (name, rank) in table where text.hasPrefix(name) { return rank }
        return -6
    }

    private static func compare(_ lhs: Token, _ rhs: Token) -> Int {
        switch (lhs, rhs) {
        case let (.number(a), .number(b)): a == b ? 0 : (a < b ? -1 : 1)
        case let (.word(a), .word(b)): a == b ? 0 : (a < b ? -1 : 1)
        case let (.number, .word(b)): releaseRank == b ? 0 : (releaseRank < b ? -1 : 1)
        case let (.word(a), .number): a == releaseRank ? 0 : (a < releaseRank ? -1 : 1)
        }
    }

    /// PHP's rule for leftovers: a longer version wins with a number, otherwise its word meets the release rank.
    private static func compare(_ lhs: [Token], _ rhs: [Token]) -> Int {
        for (left, right) in zip(lhs, rhs) {
            let result = compare(left, right)
            if result != 0 { return result }
        }
        if lhs.count > rhs.count {
            if case let .word(rank) = lhs[rhs.count] { return rank < releaseRank ? -1 : (rank == releaseRank ? 0 : 1) }
            return 1
        }
        if rhs.count > lhs.count {
            if case let .word(rank) = rhs[lhs.count] { return releaseRank < rank ? -1 : (rank == releaseRank ? 0 : 1) }
            return -1
        }
        return 0
    }

    static func order(_ lhs: Self, _ rhs: Self) -> Int {
        switch (lhs.branch, rhs.branch) {
        case let (left?, right?): return left == right ? 0 : (left < right ? -1 : 1)
        case (.some, nil): return -1
        case (nil, .some): return 1
        case (nil, nil): return compare(lhs.tokens, rhs.tokens)
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { order(lhs, rhs) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { order(lhs, rhs) == 0 }
    public func hash(into hasher: inout Hasher) { hasher.combine(branch) }
}

/// Composer ordering (Packagist).
public struct ComposerScheme: VersionScheme {
    public init() {}
    public var name: String { "Composer" }
    public func parse(_ text: String) -> ComposerVersion { ComposerVersion(text) }
}
