/// A Python package version per PEP 440 (https://peps.python.org/pep-0440/):
/// `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`, with the spec's normalisations (case, `alpha`/`c`/
/// `pre`/`preview` spellings, `-`/`_`/`.` separators, implicit numbers, `1.0-1` as a post release).
///
/// A string that is not PEP 440 keeps its text and sorts before every valid version, as the old
/// `LegacyVersion` of `packaging` did.
public struct PEP440Version: Comparable, Sendable, Hashable, CustomStringConvertible {
    enum PreKind: Int, Comparable, Sendable {
        case alpha, beta, candidate
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    enum LocalPart: Comparable, Sendable, Hashable {
        case text(String)
        case number(UInt64)
        // PEP 440: numeric local segments sort after alphanumeric ones.
        static func < (lhs: Self, rhs: Self) -> Bool {
            switch (lhs, rhs) {
            case let (.number(a), .number(b)): a < b
            case let (.text(a), .text(b)): a < b
            case (.text, .number): true
            case (.number, .text): false
            }
        }
    }

    var epoch: UInt64 = 0
    var release: [UInt64] = []
    var pre: (kind: PreKind, number: UInt64)?
    var post: UInt64?
    var dev: UInt64?
    var local: [LocalPart] = []
    /// The lower-cased text when the string is not PEP 440.
    var legacy: String?
    public private(set) var description: String

    public init(_ text: String) {
        description = text
        let lowered = Array(text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().utf8)
        if !parse(lowered) {
            self = PEP440Version(legacy: String(decoding: lowered, as: UTF8.self), description: text)
        }
    }

    private init(legacy: String, description: String) {
        self.legacy = legacy
        self.description = description
    }

    public var isPrerelease: Bool { legacy == nil && (pre != nil || dev != nil) }

    // MARK: - Parsing

    private mutating func parse(_ bytes: [UInt8]) -> Bool {
        var cursor = PEP440Cursor(bytes: bytes)
        cursor.skip("v")
        guard let first = cursor.number() else { return false }
        if cursor.skip("!") {
            epoch = first
            guard let number = cursor.number() else { return false }
            release = [number]
        } else {
            release = [first]
        }
        while cursor.peek == UInt8(ascii: "."), cursor.isDigit(at: 1) {
            cursor.advance()
            release.append(cursor.number() ?? 0)
        }
        parsePre(&cursor)
        parsePost(&cursor)
        parseDev(&cursor)
        if cursor.skip("+") {
            guard parseLocal(&cursor) else { return false }
        }
        return cursor.atEnd
    }

    private mutating func parsePre(_ cursor: inout PEP440Cursor) {
        let start = cursor.position
        cursor.skipSeparator()
        let spellings: [(String, PreKind)] = [
            ("alpha", .alpha), ("beta", .beta), ("preview", .candidate), ("pre", .candidate),
            ("rc", .candidate), ("a", .alpha), ("b", .beta), ("c", .candidate),
        ]
        for (spelling, kind) in spellings where cursor.skip(spelling) {
            let beforeNumber = cursor.position
            cursor.skipSeparator()
            if let number = cursor.number() {
                pre = (kind, number)
            } else {
                cursor.position = beforeNumber
                pre = (kind, 0)
            }
            return
        }
        cursor.position = start
    }

    private mutating func parsePost(_ cursor: inout PEP440Cursor) {
        let start = cursor.position
        if cursor.peek == UInt8(ascii: "-"), cursor.isDigit(at: 1) {
            cursor.advance()
            post = cursor.number()
            return
        }
        cursor.skipSeparator()
        for spelling in ["post", "rev", "r"] where cursor.skip(spelling) {
            let beforeNumber = cursor.position
            cursor.skipSeparator()
            if let number = cursor.number() {
                post = number
            } else {
                cursor.position = beforeNumber
                post = 0
            }
            return
        }
        cursor.position = start
    }

    private mutating func parseDev(_ cursor: inout PEP440Cursor) {
        let start = cursor.position
        cursor.skipSeparator()
        guard cursor.skip("dev") else {
            cursor.position = start
            return
        }
        let beforeNumber = cursor.position
        cursor.skipSeparator()
        if let number = cursor.number() {
            dev = number
        } else {
            cursor.position = beforeNumber
            dev = 0
        }
    }

    private mutating func parseLocal(_ cursor: inout PEP440Cursor) -> Bool {
        let rest = cursor.remaining
        let pieces = rest.split(omittingEmptySubsequences: false) { $0 == 45 || $0 == 46 || $0 == 95 }
        for piece in pieces {
            guard !piece.isEmpty, piece.allSatisfy({ VersionText.isDigit($0) || VersionText.isLetter($0) }) else { return false }
            if piece.allSatisfy(VersionText.isDigit) {
                local.append(.number(VersionText.number(piece)))
            } else {
                local.append(.text(String(decoding: piece, as: UTF8.self)))
            }
        }
        cursor.position = cursor.bytes.count
        return true
    }

    // MARK: - Ordering

    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(legacy)
        hasher.combine(epoch)
        hasher.combine(trimmedRelease)
        hasher.combine(post)
        hasher.combine(dev)
        hasher.combine(local)
    }

    private var trimmedRelease: [UInt64] {
        var numbers = release
        while numbers.count > 1, numbers.last == 0 { numbers.removeLast() }
        return numbers
    }

    static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        switch (lhs.legacy, rhs.legacy) {
        case let (left?, right?): return left == right ? 0 : (left < right ? -1 : 1)
        case (.some, nil): return -1
        case (nil, .some): return 1
        case (nil, nil): break
        }
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let release = VersionText.compare(lhs.release, rhs.release, padding: 0)
        if release != 0 { return release }
        let pre = compareKeys(lhs.preKey, rhs.preKey)
        if pre != 0 { return pre }
        let post = compareKeys(lhs.post.map { [$0] } ?? [], rhs.post.map { [$0] } ?? [], missingSortsFirst: true)
        if post != 0 { return post }
        let dev = compareKeys(lhs.dev.map { [$0] } ?? [], rhs.dev.map { [$0] } ?? [], missingSortsFirst: false)
        if dev != 0 { return dev }
        if lhs.local.isEmpty != rhs.local.isEmpty { return lhs.local.isEmpty ? -1 : 1 }
        return VersionText.compare(lhs.local, rhs.local, padding: .text(""))
    }

    /// The pre-release's sort key. A bare dev release (`1.0.dev1`) comes before `1.0a1`; a release
    /// without a pre-release comes after all of them.
    private var preKey: [UInt64] {
        if let pre { return [1, UInt64(pre.kind.rawValue), pre.number] }
        if post == nil, dev != nil { return [0] }
        return [2]
    }

    private static func compareKeys(_ lhs: [UInt64], _ rhs: [UInt64], missingSortsFirst: Bool = false) -> Int {
        if lhs.isEmpty != rhs.isEmpty { return lhs.isEmpty == missingSortsFirst ? -1 : 1 }
        return VersionText.compare(lhs, rhs, padding: 0)
    }
}

/// A read position in a lower-cased version string.
struct PEP440Cursor {
    let bytes: [UInt8]
    var position = 0

    var atEnd: Bool { position >= bytes.count }
    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }
    var remaining: ArraySlice<UInt8> { bytes[position...] }

    func isDigit(at offset: Int) -> Bool {
        position + offset < bytes.count && VersionText.isDigit(bytes[position + offset])
    }

    mutating func advance() { position += 1 }

    @discardableResult
    mutating func skip(_ literal: String) -> Bool {
        let utf8 = Array(literal.utf8)
        guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else { return false }
        position += utf8.count
        return true
    }

    mutating func skipSeparator() {
        if let byte = peek, byte == 45 || byte == 46 || byte == 95 { position += 1 }
    }

    mutating func number() -> UInt64? {
        let start = position
        while position < bytes.count, VersionText.isDigit(bytes[position]) { position += 1 }
        return position > start ? VersionText.number(bytes[start..<position]) : nil
    }
}

/// PEP 440 ordering (PyPI).
public struct PEP440Scheme: VersionScheme {
    public init() {}
    public var name: String { "PEP 440" }
    public func parse(_ text: String) -> PEP440Version { PEP440Version(text) }
}
