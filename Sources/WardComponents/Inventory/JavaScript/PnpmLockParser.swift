import WardCore
import Yams

/// pnpm's `pnpm-lock.yaml`, lockfile versions 5 (`/name/1.0.0`), 6 (`/name@1.0.0`) and 9 (`name@1.0.0`
/// with `snapshots`). Direct dependencies come from the root `dependencies` or from `importers`.
public struct PnpmLockParser: LockfileParser {
    public let id = "pnpm-lock"
    public let ecosystem = Ecosystem.npm

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "pnpm-lock.yaml" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try YAMLDocument.parse(bytes, path: path)
        guard let lockfileVersion = root.value("lockfileVersion")?.string else {
            throw InputError(path: path, line: root.line, "no lockfileVersion: not a pnpm lockfile")
        }
        let slashSeparated = (Double(lockfileVersion.split(separator: ".").first ?? "") ?? 0) < 6
        // Direct dependencies with their scope, from the single project or from every importer.
        var direct: [String: ComponentScope] = [:]
        let importers = root.value("importers")?.entries.map(\.value) ?? [root]
        for importer in importers {
            for (section, scope) in [("dependencies", ComponentScope.runtime), ("optionalDependencies", .optional), ("devDependencies", .development)] {
                for (name, _, value) in importer.value(section)?.entries ?? [] {
                    let version = value.value("version")?.string ?? value.string ?? ""
                    let key = name + "@" + Self.stripPeers(version)
                    if direct[key] == nil || scope == .runtime { direct[key] = scope }
                }
            }
        }
        let snapshots = root.value("snapshots")
        var components: [Component] = []
        var seen = Set<String>()
        for (key, line, node) in root.value("packages")?.entries ?? [] {
            guard let (name, keyVersion) = Self.split(key: key, slashSeparated: slashSeparated) else {
                context.warn(path, line: line, "package key '\(key)' not understood")
                continue
            }
            let version = node.value("version")?.string ?? keyVersion
            let snapshot = snapshots?.value(key) ?? node
            var dependencies: [String] = []
            for section in ["dependencies", "optionalDependencies"] {
                for (dependency, _, value) in snapshot.value(section)?.entries ?? [] {
                    guard let reference = value.string else { continue }
                    // A reference is a version, or an alias such as `/string-width/4.2.3` / `string-width@4.2.3`.
                    let (targetName, targetVersion) = Self.split(key: reference, slashSeparated: slashSeparated) ?? (dependency, Self.stripPeers(reference))
                    if let purl = Ecosystem.npm.packageURL(name: targetName, version: targetVersion) { dependencies.append(purl.description) }
                }
            }
            let directScope = direct[name + "@" + version]
            var scope = directScope ?? .runtime
            if node.value("dev")?.bool == true { scope = .development } else if directScope == nil, node.value("optional")?.bool == true { scope = .optional }
            let integrity = node.value("resolution")?.value("integrity")?.string
            guard let component = Component.declared(
                .npm, name: name, version: version, path: path, line: line, direct: directScope != nil, scope: scope,
                hashes: integrity.flatMap(ComponentHash.parse).map { [$0] } ?? [],
                dependencies: Array(Set(dependencies)).sorted()), seen.insert(component.purl.description).inserted else { continue }
            components.append(component)
        }
        return components
    }

    /// Removes the peer-dependency suffix: `(react@18.2.0)` in v6+, `_react@18.2.0` in v5.
    static func stripPeers(_ version: String) -> String {
        var text = Substring(version)
        if let paren = text.firstIndex(of: "(") { text = text[..<paren] }
        if let underscore = text.firstIndex(of: "_") { text = text[..<underscore] }
        return String(text)
    }

    /// `(name, version)` of a package key; nil for keys that are not registry packages.
    static func split(key: String, slashSeparated: Bool) -> (String, String)? {
        var text = Substring(stripPeers(key))
        if text.hasPrefix("/") { text = text.dropFirst() }
        if slashSeparated && key.hasPrefix("/") {
            guard let slash = text.lastIndex(of: "/"), slash > text.startIndex else { return nil }
            return (String(text[..<slash]), String(text[text.index(after: slash)...]))
        }
        let body = text.hasPrefix("@") ? text.dropFirst() : text
        guard let at = body.lastIndex(of: "@") else { return nil }
        let version = text[text.index(after: at)...]
        guard !version.isEmpty, !version.contains(":") else { return nil }
        return (String(text[..<at]), String(version))
    }
}
