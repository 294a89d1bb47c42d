/// A Debian package version `[epoch:]upstream[-revision]`, ordered by dpkg's algorithm
/// (Debian Policy §5.6.12): alternating non-digit and digit runs; in non-digit runs `~` sorts before
/// everything (even the end of the string), then letters, then other characters; digit runs compare
/// numerically. The revision is what follows the last `-`.
public struct DebianVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    let epoch: UInt64
    let upstream: [UInt8]
    let revision: [UInt8]
    public let description: String

    public init(_ text: String) {
        description = text
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy(\.isNumber), !rest[..<colon].isEmpty {
            epoch = VersionText.number(rest[..<colon].utf8)
            rest = rest[rest.index(after: colon)...]
        } else {
            epoch = 0
        }
        if let dash = rest.lastIndex(of: "-") {
            upstream = Array(rest[..<dash].utf8)
            revision = Array(rest[rest.index(after: dash)...].utf8)
        } else {
            upstream = Array(rest.utf8)
            revision = []
        }
    }

    /// dpkg's weight of a character in a non-digit run; 0 stands for the end of the run.
    private static func weight(_ byte: UInt8?) -> Int {
        guard let byte else { return 0 }
        if byte == UInt8(ascii: "~") { return -1 }
        if VersionText.isDigit(byte) { return 0 }
        if VersionText.isLetter(byte) { return Int(byte) }
        return Int(byte) + 256
    }

    /// dpkg's `verrevcmp`.
    static func compareParts(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        var i = 0, j = 0
        while i < lhs.count || j < rhs.count {
            var firstDifference = 0
            while (i < lhs.count && !VersionText.isDigit(lhs[i])) || (j < rhs.count && !VersionText.isDigit(rhs[j])) {
                let left = weight(i < lhs.count ? lhs[i] : nil)
                let right = weight(j < rhs.count ? rhs[j] : nil)
                if left != right { return left < right ? -1 : 1 }
                i += 1
                j += 1
            }
            while i < lhs.count, lhs[i] == UInt8(ascii: "0") { i += 1 }
            while j < rhs.count, rhs[j] == UInt8(ascii: "0") { j += 1 }
            while i < lhs.count, VersionText.isDigit(lhs[i]), j < rhs.count, VersionText.isDigit(rhs[j]) {
                if firstDifference == 0 { firstDifference = Int(lhs[i]) - Int(rhs[j]) }
                i += 1
                j += 1
            }
            if i < lhs.count, VersionText.isDigit(lhs[i]) { return 1 }
            if j < rhs.count, VersionText.isDigit(rhs[j]) { return -1 }
            if firstDifference != 0 { return firstDifference < 0 ? -1 : 1 }
        }
        return 0
    }

    static func order(_ lhs: Self, _ rhs: Self) -> Int {
        if lhs.epoch != rhs.epoch { return lhs.epoch < rhs.epoch ? -1 : 1 }
        let upstream = compareParts(lhs.upstream, rhs.upstream)
        return upstream != 0 ? upstream : compareParts(lhs.revision, rhs.revision)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { order(lhs, rhs) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { order(lhs, rhs) == 0 }
    public func hash(into hasher: inout Hasher) { hasher.combine(epoch) }
}

/// Debian (dpkg) ordering.
public struct DebianScheme: VersionScheme {
    public init() {}
    public var name: String { "Debian" }
    public func parse(_ text: String) -> DebianVersion { DebianVersion(text) }
}
