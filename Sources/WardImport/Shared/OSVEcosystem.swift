import WardCore

/// OSV ecosystem names (https://ossf.github.io/osv-schema/#affectedpackage-field) and package-URL
/// types, both ways, so that every dependency reader names a component the same way and the
/// correlator can merge findings from different tools.
enum OSVEcosystem {
    /// OSV ecosystem → purl type.
    static let purlTypes: [String: String] = [
        "npm": "npm", "PyPI": "pypi", "Maven": "maven", "Go": "golang", "crates.io": "cargo",
        "RubyGems": "gem", "NuGet": "nuget", "Packagist": "composer", "Pub": "pub", "Hex": "hex",
        "SwiftURL": "swift", "CocoaPods": "cocoapods", "ConanCenter": "conan", "Hackage": "hackage",
        "CRAN": "cran", "Debian": "deb", "Ubuntu": "deb", "Alpine": "apk", "Red Hat": "rpm",
        "Rocky Linux": "rpm", "AlmaLinux": "rpm", "SUSE": "rpm", "openSUSE": "rpm", "GitHub Actions": "github",
    ]

    /// Names tools use for an ecosystem or package manager (lowercased) → the OSV name.
    private static let synonyms: [String: String] = [
        "npm": "npm", "yarn": "npm", "pnpm": "npm", "node": "npm", "node.js": "npm", "node-pkg": "npm", "javascript": "npm",
        "pypi": "PyPI", "pip": "PyPI", "pipenv": "PyPI", "poetry": "PyPI", "python": "PyPI", "python-pkg": "PyPI", "uv": "PyPI",
        "maven": "Maven", "gradle": "Maven", "sbt": "Maven", "java": "Maven", "jar": "Maven", "pom": "Maven",
        "go": "Go", "golang": "Go", "gomod": "Go", "gomodules": "Go", "golangdep": "Go", "gobinary": "Go", "go-module": "Go",
        "crates.io": "crates.io", "cargo": "crates.io", "rust": "crates.io", "rust-binary": "crates.io", "rust-crate": "crates.io",
        "rubygems": "RubyGems", "gem": "RubyGems", "bundler": "RubyGems", "gemspec": "RubyGems", "ruby": "RubyGems",
        "nuget": "NuGet", "dotnet": "NuGet", "dotnet-core": "NuGet", "dotnet-deps": "NuGet", "packages-props": "NuGet",
        "packagist": "Packagist", "composer": "Packagist", "php": "Packagist", "php-composer": "Packagist",
        "pub": "Pub", "dart": "Pub", "hex": "Hex", "erlang": "Hex", "elixir": "Hex", "mix": "Hex",
        "swift": "SwiftURL", "swifturl": "SwiftURL", "cocoapods": "CocoaPods", "conan": "ConanCenter",
        "deb": "Debian", "dpkg": "Debian", "debian": "Debian", "ubuntu": "Ubuntu", "apk": "Alpine", "alpine": "Alpine",
        "redhat": "Red Hat", "rocky": "Rocky Linux", "alma": "AlmaLinux", "almalinux": "AlmaLinux",
        "actions": "GitHub Actions", "github-actions": "GitHub Actions",
    ]

    /// The OSV name for a tool's ecosystem or package-manager word, nil when unknown.
    static func named(_ word: String?) -> String? {
        guard let word, !word.isEmpty else { return nil }
        if purlTypes[word] != nil { return word }
        return synonyms[word.lowercased()]
    }

    /// The OSV ecosystem of a purl: its type, with the distribution for Linux packages.
    static func of(purl text: String) -> String {
        guard let purl = PackageURL(text) else { return "" }
        switch purl.type {
        case "deb": return purl.namespace == "ubuntu" ? "Ubuntu" : "Debian"
        case "apk": return "Alpine"
        case "rpm":
            switch purl.namespace {
            case "rocky": return "Rocky Linux"
            case "almalinux": return "AlmaLinux"
            case "opensuse": return "openSUSE"
            case "suse", "sles": return "SUSE"
            default: return "Red Hat"
            }
        default:
            return purlTypes.first { $0.value == purl.type && !["deb", "apk", "rpm"].contains($0.value) }?.key ?? purl.type
        }
    }

    /// Builds a purl for a package named the way its ecosystem names it (`group:artifact` for
    /// Maven, `@scope/name` for npm, `vendor/name` for Packagist, a module path for Go); a
    /// `generic` purl when the ecosystem is unknown. `distro` names the namespace of OS packages.
    static func purl(ecosystem: String?, name: String, version: String?, distro: String? = nil) -> String {
        let version = version?.isEmpty == true ? nil : version
        let osv = named(ecosystem)
        let type = osv.flatMap { purlTypes[$0] } ?? "generic"
        var namespace: String?
        var base = name
        switch type {
        case "maven":
            let parts = name.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 2 { namespace = String(parts[0]); base = String(parts[1]) }
        case "npm", "golang", "composer", "swift", "github":
            if let slash = name.lastIndex(of: "/") {
                namespace = String(name[..<slash])
                base = String(name[name.index(after: slash)...])
            }
        case "deb":
            namespace = distro ?? (osv == "Ubuntu" ? "ubuntu" : "debian")
        case "apk":
            namespace = distro ?? "alpine"
        case "rpm":
            namespace = distro
        default:
            break
        }
        let built = try? PackageURL(type: type, namespace: namespace, name: base, version: version)
        return built?.description ?? ""
    }
}
