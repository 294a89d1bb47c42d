import WardCore

/// uv's `uv.lock`: `[[package]]` tables; the project's own (editable or virtual) package names the
/// direct dependencies and its `dev-dependencies`.
public struct UvLockParser: LockfileParser {
    public let id = "uv-lock"
    public let ecosystem = Ecosystem.pypi

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "uv.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let document = try TOMLDocument.parse(bytes, path: path)
        let packages = document.arrayElements("package")
        guard !packages.isEmpty || document.tables.first?.entries.string("version") != nil else {
            throw InputError(path: path, line: 1, "no [[package]] tables and no version: not a uv.lock")
        }
        var versions: [String: String] = [:]
        var direct: [String: ComponentScope] = [:]
        for (table, subtables) in packages {
            guard let name = table.entries.string("name").map(PythonName.normalise), let version = table.entries.string("version") else { continue }
            if versions[name] == nil { versions[name] = version }
            guard Self.isProject(table) else { continue }
            for dependency in table["dependencies"]?.array ?? [] {
                if let name = dependency["name"]?.string { direct[PythonName.normalise(name)] = .runtime }
            }
            for subtable in subtables where subtable.header == ["package", "optional-dependencies"] || subtable.header == ["package", "dev-dependencies"] {
                let scope: ComponentScope = subtable.header.last == "dev-dependencies" ? .development : .optional
                for dependency in subtable.entries.flatMap(\.value.array) {
                    if let name = dependency["name"]?.string.map(PythonName.normalise), direct[name] == nil { direct[name] = scope }
                }
            }
        }
        var components: [Component] = []
        for (table, _) in packages where !Self.isProject(table) {
            guard let rawName = table.entries.string("name"), let version = table.entries.string("version") else {
                context.warn(path, line: table.line, "[[package]] without a name or version skipped")
                continue
            }
            let name = PythonName.normalise(rawName)
            let dependencies = (table["dependencies"]?.array ?? []).compactMap { dependency -> String? in
                guard let target = dependency["name"]?.string.map(PythonName.normalise) else { return nil }
                let targetVersion = dependency["version"]?.string ?? versions[target]
                return targetVersion.flatMap { Ecosystem.pypi.packageURL(name: target, version: $0)?.description }
            }
            let hash = table["sdist", "hash"]?.string.flatMap(ComponentHash.parse)
            if let component = Component.declared(
                .pypi, name: name, version: version, path: path, line: table.entries.line(of: "name") ?? table.line,
                direct: direct[name] != nil, scope: direct[name] ?? .runtime, hashes: hash.map { [$0] } ?? [],
                dependencies: Array(Set(dependencies)).sorted()) {
                components.append(component)
            }
        }
        return components
    }

    /// The project itself and workspace members are built from source, not downloaded.
    static func isProject(_ table: TOMLTable) -> Bool {
        table["source", "editable"] != nil || table["source", "virtual"] != nil || table["source", "directory"] != nil
    }
}
