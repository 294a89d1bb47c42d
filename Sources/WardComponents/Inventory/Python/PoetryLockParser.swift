import WardCore

/// Poetry's `poetry.lock` (TOML `[[package]]` tables); direct dependencies from the `pyproject.toml` beside it.
public struct PoetryLockParser: LockfileParser {
    public let id = "poetry-lock"
    public let ecosystem = Ecosystem.pypi

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "poetry.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let document = try TOMLDocument.parse(bytes, path: path)
        let manifest = PyProjectManifest.beside(path, named: "pyproject.toml", in: context.files)
        let packages = document.arrayElements("package")
        var versions: [String: String] = [:]
        for (table, _) in packages {
            if let name = table.entries.string("name"), let version = table.entries.string("version") {
                versions[PythonName.normalise(name)] = versions[PythonName.normalise(name)] ?? version
            }
        }
        var components: [Component] = []
        for (table, subtables) in packages {
            guard let rawName = table.entries.string("name") else {
                context.warn(path, line: table.line, "[[package]] without a name skipped")
                continue
            }
            guard let version = table.entries.string("version") else {
                throw InputError(path: path, line: table.line, "package '\(rawName)' has no version")
            }
            let name = PythonName.normalise(rawName)
            var scope = ComponentScope.runtime
            let groups = (table["groups"]?.array ?? []).compactMap(\.string)
            if table.entries.string("category") == "dev" || (!groups.isEmpty && !groups.contains("main")) { scope = .development }
            if table.entries.string("optional") == "true", scope == .runtime { scope = .optional }
            if manifest?.development.contains(name) == true, manifest?.runtime.contains(name) != true { scope = .development }
            let dependencies = subtables.filter { $0.header == ["package", "dependencies"] }.flatMap(\.entries).compactMap { entry -> String? in
                let dependency = PythonName.normalise(entry.key.joined(separator: "."))
                return versions[dependency].flatMap { Ecosystem.pypi.packageURL(name: dependency, version: $0)?.description }
            }
            if let component = Component.declared(
                .pypi, name: name, version: version, path: path, line: table.entries.line(of: "name") ?? table.line,
                direct: manifest.map { $0.all.contains(name) }, scope: scope, dependencies: Array(Set(dependencies)).sorted()) {
                components.append(component)
            }
        }
        return components
    }
}
