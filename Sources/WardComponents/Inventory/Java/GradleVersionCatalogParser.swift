import WardCore

/// Gradle version catalogs (`gradle/libs.versions.toml`): `[libraries]` whose version is given
/// directly or by `version.ref` into `[versions]`. Libraries without a resolvable version are skipped.
public struct GradleVersionCatalogParser: LockfileParser {
    public let id = "gradle-version-catalog"
    public let ecosystem = Ecosystem.maven

    public init() {}

    public func accepts(path: String, name: String) -> Bool {
        name.hasSuffix(".versions.toml") && (path == name || path.hasSuffix("gradle/" + name))
    }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let document = try TOMLDocument.parse(bytes, path: path)
        var versions: [String: String] = [:]
        for entry in document.tables("versions").flatMap(\.entries) {
            if let version = Self.version(entry.value, versions: [:]) { versions[entry.key.joined(separator: ".")] = version }
        }
        var components: [Component] = []
        for entry in document.tables("libraries").flatMap(\.entries) {
            var module: String?
            var version: String?
            switch entry.value {
            case .string(let notation):
                let parts = notation.split(separator: ":")
                if parts.count >= 2 { module = parts[0] + ":" + parts[1] }
                if parts.count >= 3 { version = String(parts[2]) }
            case .table:
                if let group = entry.value["group"]?.string, let name = entry.value["name"]?.string {
                    module = group + ":" + name
                } else {
                    module = entry.value["module"]?.string
                }
                version = entry.value["version"].flatMap { Self.version($0, versions: versions) }
                    ?? entry.value["version", "ref"]?.string.flatMap { versions[$0] }
            default:
                break
            }
            guard let module else {
                context.warn(path, line: entry.line, "library '\(entry.key.joined(separator: "."))' has no module")
                continue
            }
            guard let version else { continue }
            if let component = Component.declared(.maven, name: module, version: version, path: path, line: entry.line, direct: true) {
                components.append(component)
            }
        }
        return components
    }

    /// A version string, `{ strictly = "..." }` / `{ require = "..." }`, or `{ ref = "..." }`.
    static func version(_ value: TOMLValue, versions: [String: String]) -> String? {
        if let text = value.string { return text }
        if let reference = value["ref"]?.string { return versions[reference] }
        return value["prefer"]?.string ?? value["require"]?.string ?? value["strictly"]?.string
    }
}
