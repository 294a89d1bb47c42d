import WardCore

/// Composer's `composer.lock`: `packages` (runtime) and `packages-dev`, with declared licenses;
/// direct ones from the `composer.json` beside it.
public struct ComposerLockParser: LockfileParser {
    public let id = "composer-lock"
    public let ecosystem = Ecosystem.packagist

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "composer.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try JSONNode.parse(bytes, path: path)
        guard root.isObject, root["packages"] != nil || root["packages-dev"] != nil else {
            throw InputError(path: path, line: root.line, "no 'packages' array: not a composer.lock")
        }
        var manifest: (runtime: Set<String>, development: Set<String>)?
        let manifestPath = LockfilePath.join(LockfilePath.directory(of: path), "composer.json")
        if let bytes = context.files.read(manifestPath), let json = try? JSONNode.parse(bytes, path: manifestPath) {
            manifest = (Set((json["require"]?.members ?? []).map { $0.key.lowercased() }), Set((json["require-dev"]?.members ?? []).map { $0.key.lowercased() }))
        }
        var versions: [String: String] = [:]
        for section in ["packages", "packages-dev"] {
            for package in root[section]?.elements ?? [] {
                if let name = package["name"]?.string?.lowercased(), let version = package["version"]?.string { versions[name] = version }
            }
        }
        var components: [Component] = []
        for (section, scope) in [("packages", ComponentScope.runtime), ("packages-dev", .development)] {
            for package in root[section]?.elements ?? [] {
                guard let name = package["name"]?.string, let version = package["version"]?.string else {
                    context.warn(path, line: package.line, "package without a name or version skipped")
                    continue
                }
                let licenses = package["license"]?.elements.compactMap(\.string) ?? []
                let shasum = package["dist"]?["shasum"]?.string.flatMap { $0.isEmpty ? nil : ComponentHash.parse("sha1:" + $0) }
                let dependencies = (package["require"]?.members ?? []).compactMap { member -> String? in
                    let target = member.key.lowercased()
                    return versions[target].flatMap { Ecosystem.packagist.packageURL(name: target, version: $0)?.description }
                }
                let lower = name.lowercased()
                if let component = Component.declared(
                    .packagist, name: name, version: version, path: path, line: (package["name"] ?? package).line,
                    direct: manifest.map { $0.runtime.contains(lower) || $0.development.contains(lower) }, scope: scope,
                    licenses: licenses.count > 1 ? ["(" + licenses.joined(separator: " OR ") + ")"] : licenses,
                    hashes: shasum.map { [$0] } ?? [], dependencies: Array(Set(dependencies)).sorted()) {
                    components.append(component)
                }
            }
        }
        return components
    }
}
