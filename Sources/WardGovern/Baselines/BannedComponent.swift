import WardCore

/// A component a baseline forbids: a package-url without version, a version range, and why.
///
/// Written as one string, `pkg:maven/com.alibaba/fastjson@<1.2.83`: everything after the last `@`
/// is the range (`*` or nothing means every version).
public struct BannedComponent: Sendable, Hashable {
    /// The package, version removed.
    public var package: PackageURL
    public var versions: VersionRange
    public var reason: String

    /// Parses `pattern`; the error message says what is wrong (the caller adds file and line).
    public init(pattern: String, reason: String) throws(InputError) {
        var purlText = pattern.trimmingCharacters(in: .whitespaces)
        var rangeText = "*"
        if let at = purlText.lastIndex(of: "@") {
            rangeText = String(purlText[purlText.index(after: at)...])
            purlText = String(purlText[..<at])
        }
        guard let versions = VersionRange(parsing: rangeText) else {
            throw InputError("banned component '\(pattern)': version range '\(rangeText)' must be constraints such as <1.2.83 or >=2.0,<2.17.1")
        }
        let parsed: PackageURL
        do {
            parsed = try PackageURL(parsing: purlText)
        } catch {
            throw InputError("banned component '\(pattern)' is not a package-url: \(error.message)")
        }
        self.package = parsed.versionless
        self.versions = versions
        self.reason = reason
    }

    /// The pattern as written in baselines: purl, `@`, range.
    public var pattern: String { versions.constraints.isEmpty ? package.description : "\(package)@\(versions)" }

    /// Whether `purl` names this package at a banned version; a component without a version
    /// matches only a ban on every version.
    public func matches(_ purl: PackageURL) -> Bool {
        guard purl.type == package.type, purl.namespace == package.namespace, purl.name == package.name else { return false }
        guard let version = purl.version else { return versions.constraints.isEmpty }
        return versions.contains(LooseVersion(version))
    }
}
