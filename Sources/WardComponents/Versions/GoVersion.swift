/// A Go module version: SemVer with a `v` prefix, `+incompatible` for pre-modules majors, and
/// pseudo-versions (`v0.0.0-20191109021931-daa7c04131f5`, `v1.2.4-0.20191109021931-daa7c04131f5`).
///
/// Pseudo-versions are SemVer pre-releases whose timestamp sorts as text, which is why they fall
/// between the previous tag and the next one without special casing. The toolchain's own `go1.21.3`
/// spelling is accepted too.
public struct GoVersion: Comparable, Sendable, Hashable, CustomStringConvertible {
    let semantic: SemanticVersion
    public let description: String

    public init(_ text: String) {
        description = text
        var slice = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if slice.hasPrefix("go") { slice = slice.dropFirst(2) }
        if slice.hasSuffix("+incompatible") { slice = slice.dropLast("+incompatible".count) }
        semantic = SemanticVersion(String(slice))
    }

    /// Whether this is a pseudo-version naming a commit rather than a tag.
    public var isPseudoVersion: Bool {
        guard let last = semantic.prerelease.last, last.number == nil else { return false }
        let parts = last.text.split(separator: "-")
        return parts.count == 2 && parts[0].count == 14 && parts[0].allSatisfy(\.isNumber) && parts[1].count == 12
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.semantic < rhs.semantic }
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.semantic == rhs.semantic }
    public func hash(into hasher: inout Hasher) { hasher.combine(semantic) }
}

/// Go module ordering (https://go.dev/ref/mod#versions).
public struct GoVersionScheme: VersionScheme {
    public init() {}
    public var name: String { "Go module versions" }
    public func parse(_ text: String) -> GoVersion { GoVersion(text) }
}
