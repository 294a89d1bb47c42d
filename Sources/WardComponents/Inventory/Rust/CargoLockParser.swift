import WardCore

/// Cargo's `Cargo.lock`: `[[package]]` tables. Packages without a `source` are the workspace's own
/// crates; what they depend on is direct.
public struct CargoLockParser: LockfileParser {
    public let id = "cargo-lock"
    public let ecosystem = Ecosystem.cratesIO

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "Cargo.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let document = try TOMLDocument.parse(bytes, path: path)
        let packages = document.arrayElements("package").map(\.element)
        var versionsByName: [String: [String]] = [:]
        for package in packages {
            if let name = package.entries.string("name"), let version = package.entries.string("version") { versionsByName[name, default: []].append(version) }
        }
        /// A dependency is `name`, `name version` or `name version (source)`.
        func purl(_ reference: String) -> String? {
            let words = reference.split(separator: " ")
            guard let name = words.first.map(String.init) else { return nil }
            let version = words.count > 1 ? String(words[1]) : versionsByName[name]?.first
            return version.flatMap { Ecosystem.cratesIO.packageURL(name: name, version: $0)?.description }
        }
        var direct = Set<String>()
        for package in packages where package.entries.string("source") == nil {
            for dependency in package["dependencies"]?.array ?? [] { if let target = dependency.string.flatMap(purl) { direct.insert(target) } }
        }
        var components: [Component] = []
        for package in packages where package.entries.string("source") != nil {
            guard let name = package.entries.string("name"), let version = package.entries.string("version") else {
                throw InputError(path: path, line: package.line, "[[package]] without a name or version")
            }
            let checksum = package.entries.string("checksum").flatMap { ComponentHash.parse("sha256:" + $0) }
            let dependencies = (package["dependencies"]?.array ?? []).compactMap { $0.string.flatMap(purl) }
            guard var component = Component.declared(
                .cratesIO, name: name, version: version, path: path, line: package.entries.line(of: "name") ?? package.line,
                hashes: checksum.map { [$0] } ?? [], dependencies: Array(Set(dependencies)).sorted()) else { continue }
            component.direct = direct.contains(component.purl.description)
            components.append(component)
        }
        return components
    }
}
