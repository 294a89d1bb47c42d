import WardCore

/// Pipenv's `Pipfile.lock`: `default` (runtime) and `develop` sections; direct ones from the `Pipfile`.
public struct PipfileLockParser: LockfileParser {
    public let id = "pipenv-pipfile-lock"
    public let ecosystem = Ecosystem.pypi

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "Pipfile.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try JSONNode.parse(bytes, path: path)
        guard root.isObject, root["default"] != nil || root["develop"] != nil || root["_meta"] != nil else {
            throw InputError(path: path, line: root.line, "no 'default' or 'develop' section: not a Pipfile.lock")
        }
        let manifest = PyProjectManifest.beside(path, named: "Pipfile", in: context.files)
        var components: [Component] = []
        for (section, scope) in [("default", ComponentScope.runtime), ("develop", .development)] {
            for (rawName, node) in root[section]?.members ?? [] {
                // Only `==` pins are versions; git and path installs have none.
                guard let pin = node["version"]?.string, pin.hasPrefix("==") else { continue }
                let name = PythonName.normalise(rawName)
                let hashes = node["hashes"]?.elements.compactMap { $0.string.flatMap(ComponentHash.parse) } ?? []
                if let component = Component.declared(
                    .pypi, name: name, version: String(pin.drop(while: { $0 == "=" })), path: path, line: node.line,
                    direct: manifest.map { $0.all.contains(name) }, scope: scope, hashes: hashes.count == 1 ? hashes : []) {
                    components.append(component)
                }
            }
        }
        return components
    }
}
