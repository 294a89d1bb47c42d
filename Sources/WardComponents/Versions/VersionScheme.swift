import Foundation

/// An ecosystem's rule for ordering version strings.
///
/// Parsing is tolerant: every string parses to some version, so garbage never crashes a scan and
/// still sorts consistently (equal strings compare equal, the order is total).
public protocol VersionScheme: Sendable {
    associatedtype Version: Comparable & Sendable

    /// The scheme's name for messages, e.g. `SemVer 2.0`, `PEP 440`.
    var name: String { get }

    /// Parses a version string; never fails.
    func parse(_ text: String) -> Version
}

extension VersionScheme {
    /// Orders two version strings by this scheme.
    public func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        let left = parse(lhs)
        let right = parse(rhs)
        if left < right { return .orderedAscending }
        if right < left { return .orderedDescending }
        return .orderedSame
    }

    /// Sorts version strings from oldest to newest.
    public func sorted(_ versions: [String]) -> [String] {
        versions.map { (parse($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// Small parsing helpers shared by the schemes; they work on UTF-8 bytes to stay fast.
enum VersionText {
    /// The value of a run of ASCII digits; saturates instead of overflowing, so absurd numbers still order.
    static func number<S: Sequence>(_ digits: S) -> UInt64 where S.Element == UInt8 {
        var value: UInt64 = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { continue }
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(UInt64(byte - 48))
            if overflow1 || overflow2 { return .max }
            value = sum
        }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

    /// Trims whitespace and one leading `v`/`V` (as in `v1.2.3`).
    static func trimmed(_ text: String, droppingV: Bool = true) -> Substring {
        var slice = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if droppingV, let first = slice.first, first == "v" || first == "V",
           let second = slice.dropFirst().first, second.isNumber {
            slice = slice.dropFirst()
        }
        return slice
    }

    /// Compares two sequences lexicographically with a padding element for the shorter one.
    static func compare<T: Comparable>(_ lhs: [T], _ rhs: [T], padding: T) -> Int {
        let count = max(lhs.count, rhs.count)
        for index in 0..<count {
            let left = index < lhs.count ? lhs[index] : padding
            let right = index < rhs.count ? rhs[index] : padding
            if left < right { return -1 }
            if right < left { return 1 }
        }
        return 0
    }
}
