import WardCore

/// NuGet's `packages.lock.json`: per target framework, `Direct`, `Transitive` and `CentralTransitive`
/// packages with their resolved version and content hash. Project references are left out.
public struct NuGetPackagesLockParser: LockfileParser {
    public let id = "nuget-packages-lock"
    public let ecosystem = Ecosystem.nuget

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "packages.lock.json" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try JSONNode.parse(bytes, path: path)
        guard let frameworks = root["dependencies"], frameworks.isObject else {
            throw InputError(path: path, line: root.line, "no 'dependencies' object: not a packages.lock.json")
        }
        var resolved: [String: String] = [:]
        for (_, packages) in frameworks.members {
            for (name, node) in packages.members { if let version = node["resolved"]?.string { resolved[name.lowercased()] = version } }
        }
        var components: [Component] = []
        var index: [String: Int] = [:]
        for (_, packages) in frameworks.members {
            for (name, node) in packages.members {
                guard node["type"]?.string != "Project", let version = node["resolved"]?.string else { continue }
                let hash = node["contentHash"]?.string.flatMap { ComponentHash.parse("sha512-" + $0) }
                let dependencies = (node["dependencies"]?.members ?? []).compactMap { member -> String? in
                    resolved[member.key.lowercased()].flatMap { Ecosystem.nuget.packageURL(name: member.key, version: $0)?.description }
                }
                guard let component = Component.declared(
                    .nuget, name: name, version: version, path: path, line: node.line, direct: node["type"]?.string == "Direct",
                    hashes: hash.map { [$0] } ?? [], dependencies: Array(Set(dependencies)).sorted()) else { continue }
                if let existing = index[component.purl.description] {
                    components[existing].direct = components[existing].direct == true || component.direct == true
                    continue
                }
                index[component.purl.description] = components.count
                components.append(component)
            }
        }
        return components
    }
}
