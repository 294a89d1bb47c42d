/// A CocoaPods version (`Pod::Version`): numeric release parts of any count with trailing zeros
/// insignificant (`1.0` = `1.0.0`), then an optional SemVer-style pre-release after `-`
/// (`1.0.0-beta.2`) that sorts before the release; build metadata after `+` is ignored.
public struct CocoaPodsVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    let release: [UInt64]
    let prerelease: [PrereleaseIdentifier]
    public let description: String

    public init(_ text: String) {
        description = text
        let semantic = SemanticVersion(text)
        var numbers = semantic.core
        while numbers.count > 1, numbers.last == 0 { numbers.removeLast() }
        release = numbers
        prerelease = semantic.prerelease
    }

    public var isPrerelease: Bool { !prerelease.isEmpty }

    private static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        let release = VersionText.compare(lhs.release, rhs.release, padding: 0)
        return release != 0 ? release : PrereleaseIdentifier.compareLists(lhs.prerelease, rhs.prerelease)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }
    public func hash(into hasher: inout Hasher) { hasher.combine(release) }
}

/// CocoaPods ordering.
public struct CocoaPodsScheme: VersionScheme {
    public init() {}
    public var name: String { "CocoaPods" }
    public func parse(_ text: String) -> CocoaPodsVersion { CocoaPodsVersion(text) }
}
