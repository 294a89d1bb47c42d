/// A gitignore-style glob: `*` and `?` stay within one path segment, `**` spans segments,
/// `[a-z]` / `[!a-z]` are classes and `\` escapes. Matches `/`-separated relative paths.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let bytes: [UInt8]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.bytes = Array(pattern.utf8)
    }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        let text = Array(path.utf8)
        return Self.match(bytes, 0, text, 0)
    }

    public func matches(_ path: [UInt8]) -> Bool { Self.match(bytes, 0, path, 0) }

    private static let slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*")

    private static func match(_ p: [UInt8], _ start: Int, _ t: [UInt8], _ textStart: Int) -> Bool {
        var pi = start
        var ti = textStart
        while pi < p.count {
            let c = p[pi]
            switch c {
            case UInt8(ascii: "?"):
                guard ti < t.count, t[ti] != slash else { return false }
                pi += 1
                ti += 1
            case star:
                var q = pi
                while q < p.count, p[q] == star { q += 1 }
                let isDouble = q - pi >= 2
                let atSegmentStart = pi == 0 || p[pi - 1] == slash
                let atSegmentEnd = q == p.count || p[q] == slash
                if isDouble && atSegmentStart && atSegmentEnd {
                    if q == p.count { return true }
                    let rest = q + 1
                    if match(p, rest, t, ti) { return true }
                    var k = ti
                    while k < t.count {
                        if t[k] == slash, match(p, rest, t, k + 1) { return true }
                        k += 1
                    }
                    return false
                }
                var k = ti
                while true {
                    if match(p, q, t, k) { return true }
                    guard k < t.count, t[k] != slash else { return false }
                    k += 1
                }
            case UInt8(ascii: "["):
                guard ti < t.count, t[ti] != slash else { return false }
                guard let (matched, next) = matchClass(p, pi, t[ti]) else {
                    // An unterminated class is a literal '['.
                    guard t[ti] == c else { return false }
                    pi += 1
                    ti += 1
                    continue
                }
                guard matched else { return false }
                pi = next
                ti += 1
            case UInt8(ascii: "\\") where pi + 1 < p.count:
                guard ti < t.count, t[ti] == p[pi + 1] else { return false }
                pi += 2
                ti += 1
            default:
                guard ti < t.count, t[ti] == c else { return false }
                pi += 1
                ti += 1
            }
        }
        return ti == t.count
    }

    /// Matches `byte` against the class starting at `p[open]`; returns whether it matched and the index after `]`.
    private static func matchClass(_ p: [UInt8], _ open: Int, _ byte: UInt8) -> (Bool, Int)? {
        var i = open + 1
        var negate = false
        if i < p.count, p[i] == UInt8(ascii: "!") || p[i] == UInt8(ascii: "^") {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < p.count {
            var c = p[i]
            if c == UInt8(ascii: "]") && !first { return (matched != negate, i + 1) }
            first = false
            if c == UInt8(ascii: "\\"), i + 1 < p.count {
                i += 1
                c = p[i]
            }
            if i + 2 < p.count, p[i + 1] == UInt8(ascii: "-"), p[i + 2] != UInt8(ascii: "]") {
                let upper = p[i + 2]
                if byte >= c && byte <= upper { matched = true }
                i += 3
            } else {
                if byte == c { matched = true }
                i += 1
            }
        }
        return nil
    }
}

/// A path filter in the style of `--include` / `--exclude`: a pattern without a slash matches a file
/// or directory name at any depth; one with a slash matches from the scan root.
public struct PathPattern: Sendable, Hashable {
    public let glob: Glob
    public let matchesNameOnly: Bool

    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text.removeLast() }
        matchesNameOnly = !text.contains("/")
        if text.hasPrefix("/") { text.removeFirst() }
        glob = Glob(text)
    }

    public func matches(relativePath: String) -> Bool {
        if matchesNameOnly {
            let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
            return glob.matches(name)
        }
        return glob.matches(relativePath)
    }
}
