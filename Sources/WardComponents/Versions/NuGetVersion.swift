/// A NuGet version (https://learn.microsoft.com/nuget/concepts/package-versioning):
/// `Major.Minor.Patch[.Revision][-prerelease][+metadata]`. Missing parts are 0 (`1.0` = `1.0.0.0`),
/// the pre-release follows SemVer 2.0 but compares labels case-insensitively, metadata is ignored.
public struct NuGetVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    let numbers: [UInt64]
    let prerelease: [PrereleaseIdentifier]
    public let description: String

    public init(_ text: String) {
        description = text
        let semantic = SemanticVersion(text, caseInsensitivePrerelease: true)
        var parts = semantic.core
        while parts.count < 4 { parts.append(0) }
        numbers = parts
        prerelease = semantic.prerelease
    }

    public var isPrerelease: Bool { !prerelease.isEmpty }

    private static func compare(_ lhs: Self, _ rhs: Self) -> Int {
        let numeric = VersionText.compare(lhs.numbers, rhs.numbers, padding: 0)
        return numeric != 0 ? numeric : PrereleaseIdentifier.compareLists(lhs.prerelease, rhs.prerelease)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) < 0 }
    public static func == (lhs: Self, rhs: Self) -> Bool { compare(lhs, rhs) == 0 }
    public func hash(into hasher: inout Hasher) { hasher.combine(prerelease) }
}

/// NuGet ordering.
public struct NuGetScheme: VersionScheme {
    public init() {}
    public var name: String { "NuGet" }
    public func parse(_ text: String) -> NuGetVersion { NuGetVersion(text) }
}
