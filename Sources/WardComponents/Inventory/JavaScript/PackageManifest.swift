import WardCore

/// The direct dependencies a `package.json` declares, to tell lockfile entries apart.
struct PackageManifest {
    var runtime: Set<String> = []
    var development: Set<String> = []
    var optional: Set<String> = []

    var all: Set<String> { runtime.union(development).union(optional) }

    /// The `package.json` beside `lockfilePath`, if there is a readable one.
    static func beside(_ lockfilePath: String, in files: any FileSource) -> PackageManifest? {
        let path = LockfilePath.join(LockfilePath.directory(of: lockfilePath), "package.json")
        guard let bytes = files.read(path), let root = try? JSONNode.parse(bytes, path: path) else { return nil }
        return PackageManifest(root)
    }

    init(_ root: JSONNode) {
        runtime = Set((root["dependencies"]?.members ?? []).map(\.key) + (root["peerDependencies"]?.members ?? []).map(\.key))
        development = Set((root["devDependencies"]?.members ?? []).map(\.key))
        optional = Set((root["optionalDependencies"]?.members ?? []).map(\.key))
    }

    init() {}

    /// The scope of a direct dependency: dev-only or optional ones are not shipped as runtime.
    func scope(of name: String) -> ComponentScope {
        if runtime.contains(name) { return .runtime }
        if development.contains(name) { return .development }
        if optional.contains(name) { return .optional }
        return .runtime
    }
}
