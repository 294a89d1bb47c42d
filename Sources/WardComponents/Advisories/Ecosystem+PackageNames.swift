import Foundation

/// How each ecosystem spells the same package differently, so lookups meet advisories.
extension Ecosystem {
    /// The key a package name is stored and looked up under.
    ///
    /// PyPI: PEP 503 (lower case, runs of `-`, `_`, `.` become one `-`). crates.io and NuGet ignore
    /// case (crates.io also treats `-` and `_` alike). Packagist and Pub names are lower case. Go
    /// module paths are case-sensitive, so only surrounding space and slashes go. SwiftURL names are
    /// repository URLs: scheme, user, `.git` and trailing slashes go, and case is ignored.
    public func normalizedPackageName(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        switch self {
        case .pypi:
            var result = ""
            var lastWasSeparator = false
            for character in trimmed.lowercased() {
                if character == "-" || character == "_" || character == "." {
                    if !lastWasSeparator { result.append("-") }
                    lastWasSeparator = true
                } else {
                    result.append(character)
                    lastWasSeparator = false
                }
            }
            return result
        case .cratesIO:
            return trimmed.lowercased().replacingOccurrences(of: "_", with: "-")
        case .nuget, .packagist, .pub:
            return trimmed.lowercased()
        case .go:
            var path = Substring(trimmed)
            while path.hasSuffix("/") { path = path.dropLast() }
            return String(path)
        case .swiftURL, .carthage:
            var url = Substring(trimmed)
            for scheme in ["https://", "http://", "ssh://", "git://"] where url.lowercased().hasPrefix(scheme) {
                url = url.dropFirst(scheme.count)
            }
            if let at = url.firstIndex(of: "@"), !url[..<at].contains("/") { url = url[url.index(after: at)...] }
            while url.hasSuffix("/") { url = url.dropLast() }
            if url.lowercased().hasSuffix(".git") { url = url.dropLast(4) }
            // Hosts and GitHub paths ignore case; `git@host:owner/repo` becomes `host/owner/repo`.
            return url.lowercased().replacingOccurrences(of: ":", with: "/")
        case .npm, .maven, .rubyGems, .cocoaPods, .debian, .alpine:
            return trimmed
        }
    }
}
