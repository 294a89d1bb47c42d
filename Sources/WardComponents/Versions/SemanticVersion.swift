/// A SemVer 2.0 version (https://semver.org): `MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]`.
///
/// Tolerant: a leading `v`, missing minor/patch (`1.2` = `1.2.0`), extra numeric parts and a
/// pre-release glued to the patch (`1.0.0rc1`) are accepted; build metadata is ignored for ordering.
public struct SemanticVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    /// Major, minor, patch and any further numeric parts.
    public internal(set) var core: [UInt64]
    var prerelease: [PrereleaseIdentifier]
    public let description: String

    public init(_ text: String, caseInsensitivePrerelease: Bool = false) {
        description = text
        var slice = VersionText.trimmed(text)
        if let plus = slice.firstIndex(of: "+") { slice = slice[..<plus] }
        var corePart = slice
        var pre: Substring = ""
        if let dash = slice.firstIndex(of: "-") {
            corePart = slice[..<dash]
            pre = slice[slice.index(after: dash)...]
        }
        var numbers: [UInt64] = []
        for piece in corePart.split(separator: ".", omittingEmptySubsequences: false) {
            let bytes = Array(piece.utf8)
            let digitCount = bytes.prefix(while: VersionText.isDigit).count
            numbers.append(VersionText.number(bytes.prefix(digitCount)))
            if digitCount < bytes.count {
                // `1.0.0rc1`: what follows the number is a pre-release glued on without a dash.
                let rest = piece.utf8.dropFirst(digitCount)
                let glued = Substring(rest)
                pre = pre.isEmpty ? glued : glued + "." + pre
                break
            }
        }
        while numbers.count < 3 { numbers.append(0) }
        core = numbers
        prerelease = pre.isEmpty ? [] : pre.split(separator: ".").map { PrereleaseIdentifier($0, caseInsensitive: caseInsensitivePrerelease) }
    }

    public var major: UInt64 { core[0] }
    public var minor: UInt64 { core[1] }
    public var patch: UInt64 { core[2] }
    public var isPrerelease: Bool { !prerelease.isEmpty }

    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        var trimmed = core
        while trimmed.count > 3, trimmed.last == 0 { trimmed.removeLast() }
        hasher.combine(trimmed)
        hasher.combine(prerelease)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }

    static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        let cores = VersionText.compare(lhs.core, rhs.core, padding: 0)
        if cores != 0 { return cores }
        return PrereleaseIdentifier.compareLists(lhs.prerelease, rhs.prerelease)
    }
}

/// SemVer 2.0 ordering: npm, crates.io, Pub, SwiftURL, Carthage, and every OSV `SEMVER` range.
public struct SemVerScheme: VersionScheme {
    public init() {}
    public var name: String { "SemVer 2.0" }
    public func parse(_ text: String) -> SemanticVersion { SemanticVersion(text) }
}
