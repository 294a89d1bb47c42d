import WardCore

/// npm's `package-lock.json` and `npm-shrinkwrap.json`: lockfile versions 2 and 3 (`packages`,
/// keyed by install path) and version 1 (nested `dependencies`).
public struct PackageLockParser: LockfileParser {
    public let id = "npm-package-lock"
    public let ecosystem = Ecosystem.npm

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "package-lock.json" || name == "npm-shrinkwrap.json" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try JSONNode.parse(bytes, path: path)
        guard root.isObject else { throw InputError(path: path, line: root.line, "not a JSON object") }
        if let packages = root["packages"], packages.isObject {
            return parsePackages(packages, path: path)
        }
        guard let dependencies = root["dependencies"] else {
            throw InputError(path: path, line: root.line, "neither 'packages' nor 'dependencies': not a package-lock file")
        }
        let manifest = PackageManifest.beside(path, in: context.files)
        var components: [Component] = []
        var seen = Set<String>()
        collectVersion1(dependencies, depth: 0, manifest: manifest, path: path, into: &components, seen: &seen)
        return components
    }

    // MARK: - Versions 2 and 3

    private func parsePackages(_ packages: JSONNode, path: String) -> [Component] {
        let nodes = Dictionary(packages.members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let project = nodes[""].map(PackageManifest.init) ?? PackageManifest()
        var components: [Component] = []
        var index: [String: Int] = [:]
        for (key, node) in packages.members {
            guard let name = Self.packageName(key: key, node: node), let version = node["version"]?.string,
                  node["link"]?.bool != true else { continue }
            let isTopLevel = key == "node_modules/" + name
            var scope = ComponentScope.runtime
            if node["dev"]?.bool == true || node["devOptional"]?.bool == true {
                scope = .development
            } else if node["optional"]?.bool == true {
                scope = .optional
            }
            let required = (node["dependencies"]?.members ?? []) + (node["optionalDependencies"]?.members ?? []) + (node["peerDependencies"]?.members ?? [])
            let dependencies = required.compactMap { Self.resolve($0.key, from: key, in: nodes) }
            guard var component = Component.declared(
                .npm, name: name, version: version, path: path, line: node.line, direct: isTopLevel && project.all.contains(name),
                scope: scope, licenses: Self.licenses(node["license"]), hashes: node["integrity"]?.string.flatMap(ComponentHash.parse).map { [$0] } ?? [],
                dependencies: dependencies) else { continue }
            if let existing = index[component.purl.description] {
                components[existing].direct = components[existing].direct == true || component.direct == true
                components[existing].dependencies = Array(Set(components[existing].dependencies + dependencies)).sorted()
                continue
            }
            component.dependencies = Array(Set(dependencies)).sorted()
            index[component.purl.description] = components.count
            components.append(component)
        }
        return components
    }

    /// The package name of a `packages` key: what follows the last `node_modules/`, or the `name` field for aliases.
    static func packageName(key: String, node: JSONNode) -> String? {
        guard let range = key.lastRange(of: "node_modules/") else { return nil }
        let installed = String(key[range.upperBound...])
        return node["name"]?.string ?? installed
    }

    /// Node's resolution: the nearest `node_modules/<name>` walking up from `from`.
    static func resolve(_ name: String, from key: String, in nodes: [String: JSONNode]) -> String? {
        var base = key
        while true {
            let candidate = (base.isEmpty ? "" : base + "/") + "node_modules/" + name
            if let node = nodes[candidate], let version = node["version"]?.string {
                let actual = node["name"]?.string ?? name
                return Ecosystem.npm.packageURL(name: actual, version: version)?.description
            }
            guard !base.isEmpty else { return nil }
            guard let range = base.lastRange(of: "/node_modules/") else {
                base = ""
                continue
            }
            base = String(base[..<range.lowerBound])
        }
    }

    static func licenses(_ node: JSONNode?) -> [String] {
        if let text = node?.string, !text.isEmpty { return [text] }
        if let type = node?["type"]?.string { return [type] }
        return []
    }

    // MARK: - Version 1

    private func collectVersion1(
        _ dependencies: JSONNode, depth: Int, manifest: PackageManifest?, path: String, into components: inout [Component], seen: inout Set<String>
    ) {
        guard depth < 64 else { return }
        for (name, node) in dependencies.members {
            guard let version = node["version"]?.string else { continue }
            var scope = ComponentScope.runtime
            if node["dev"]?.bool == true { scope = .development } else if node["optional"]?.bool == true { scope = .optional }
            let direct: Bool? = depth > 0 ? false : manifest.map { $0.all.contains(name) }
            let requires = (node["requires"]?.members ?? []).map(\.key)
            let dependencyPurls = requires.compactMap { required -> String? in
                let nested = node["dependencies"]?[required] ?? dependencies[required]
                return nested?["version"]?.string.flatMap { Ecosystem.npm.packageURL(name: required, version: $0)?.description }
            }
            // Versions 1 uses a URL or `npm:` alias as the version for non-registry installs.
            let cleanVersion = version.hasPrefix("npm:") ? String(version.split(separator: "@").last ?? "") : version
            if let component = Component.declared(
                .npm, name: name, version: cleanVersion, path: path, line: node.line, direct: direct, scope: scope,
                hashes: node["integrity"]?.string.flatMap(ComponentHash.parse).map { [$0] } ?? [],
                dependencies: Array(Set(dependencyPurls)).sorted()), seen.insert(component.purl.description).inserted {
                components.append(component)
            }
            if let nested = node["dependencies"] {
                collectVersion1(nested, depth: depth + 1, manifest: manifest, path: path, into: &components, seen: &seen)
            }
        }
    }
}
