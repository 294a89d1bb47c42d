import WardCore

/// A GitLab `package_manager` (or lockfile) as an OSV ecosystem and a purl type.
struct GitLabEcosystem {
    var ecosystem: String
    var purlType: String

    init(ecosystem: String, purlType: String) {
        self.ecosystem = ecosystem
        self.purlType = purlType
    }

    init(manager: String) {
        switch manager.lowercased() {
        case "npm", "yarn", "pnpm": self.init(ecosystem: "npm", purlType: "npm")
        case "pip", "pipenv", "poetry", "setuptools", "uv": self.init(ecosystem: "PyPI", purlType: "pypi")
        case "maven", "gradle", "sbt": self.init(ecosystem: "Maven", purlType: "maven")
        case "go": self.init(ecosystem: "Go", purlType: "golang")
        case "bundler": self.init(ecosystem: "RubyGems", purlType: "gem")
        case "composer": self.init(ecosystem: "Packagist", purlType: "composer")
        case "nuget": self.init(ecosystem: "NuGet", purlType: "nuget")
        case "conan": self.init(ecosystem: "ConanCenter", purlType: "conan")
        case "cargo": self.init(ecosystem: "crates.io", purlType: "cargo")
        default: self.init(ecosystem: manager, purlType: "generic")
        }
    }

    /// The package manager a lockfile or manifest belongs to, for reports without `dependency_files`.
    static func manager(forFile path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        switch file {
        case "go.sum", "go.mod": return "go"
        case "package-lock.json", "npm-shrinkwrap.json", "package.json": return "npm"
        case "yarn.lock": return "yarn"
        case "pnpm-lock.yaml": return "pnpm"
        case "gemfile.lock": return "bundler"
        case "composer.lock": return "composer"
        case "pipfile.lock": return "pipenv"
        case "poetry.lock": return "poetry"
        case "pom.xml": return "maven"
        case "build.gradle", "build.gradle.kts", "gradle.lockfile": return "gradle"
        case "build.sbt": return "sbt"
        case "packages.lock.json": return "nuget"
        case "conan.lock": return "conan"
        case "cargo.lock": return "cargo"
        default: return file.hasPrefix("requirements") ? "pip" : ""
        }
    }

    /// A container's `operating_system` (`debian:11`, `alpine 3.17.5`) as OSV ecosystem (`Debian:11`,
    /// `Alpine:v3.17`) and purl type; the distribution name is the purl namespace.
    static func operatingSystem(_ text: String?) -> (GitLabEcosystem, namespace: String?) {
        let parts = (text ?? "").lowercased().split(whereSeparator: { $0 == ":" || $0 == " " }).map(String.init)
        let name = parts.first ?? ""
        let release = parts.count > 1 ? parts[1] : ""
        let majorMinor = release.split(separator: ".").prefix(2).joined(separator: ".")
        switch name {
        case "debian": return (GitLabEcosystem(ecosystem: release.isEmpty ? "Debian" : "Debian:" + (release.split(separator: ".").first.map(String.init) ?? release), purlType: "deb"), name)
        case "ubuntu": return (GitLabEcosystem(ecosystem: release.isEmpty ? "Ubuntu" : "Ubuntu:" + majorMinor, purlType: "deb"), name)
        case "alpine": return (GitLabEcosystem(ecosystem: release.isEmpty ? "Alpine" : "Alpine:v" + majorMinor, purlType: "apk"), name)
        case "": return (GitLabEcosystem(ecosystem: "", purlType: "generic"), nil)
        default: return (GitLabEcosystem(ecosystem: name.capitalized, purlType: "rpm"), name)
        }
    }

    /// An image reference without its tag or digest: the same image across releases.
    static func imageName(_ image: String) -> String {
        var name = image.split(separator: "@").first.map(String.init) ?? image
        if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") { name = String(name[..<colon]) }
        return name
    }

    /// A purl from GitLab's package name; a `/` in it separates the namespace (Go module path,
    /// Maven group, Composer vendor, npm scope). Empty when the name cannot make one.
    static func purl(type: String, namespace: String? = nil, name: String, version: String) -> String {
        let parts = name.split(separator: "/")
        let namespace = namespace ?? (parts.count > 1 ? parts.dropLast().joined(separator: "/") : nil)
        let base = parts.last.map(String.init) ?? name
        return (try? PackageURL(type: type, namespace: namespace, name: base, version: version.isEmpty ? nil : version))?.description ?? ""
    }
}
