import WardCore

/// Direct dependencies of a Python project, from `pyproject.toml` (PEP 621 or Poetry) or a `Pipfile`.
struct PyProjectManifest {
    var runtime: Set<String> = []
    var development: Set<String> = []

    var all: Set<String> { runtime.union(development) }

    static func beside(_ lockfilePath: String, named name: String, in files: any FileSource) -> PyProjectManifest? {
        let path = LockfilePath.join(LockfilePath.directory(of: lockfilePath), name)
        guard let bytes = files.read(path), let document = try? TOMLDocument.parse(bytes, path: path) else { return nil }
        var manifest = PyProjectManifest()
        for table in document.tables {
            let header = table.header
            if header == ["tool", "poetry", "dependencies"] || header == ["packages"] {
                manifest.runtime.formUnion(table.entries.map { PythonName.normalise($0.key.joined(separator: ".")) })
            } else if header == ["tool", "poetry", "dev-dependencies"] || header == ["dev-packages"]
                        || (header.count == 5 && header.starts(with: ["tool", "poetry", "group"]) && header[4] == "dependencies") {
                manifest.development.formUnion(table.entries.map { PythonName.normalise($0.key.joined(separator: ".")) })
            } else if header == ["project"] {
                manifest.runtime.formUnion((table["dependencies"]?.array ?? []).compactMap { $0.string.flatMap(requirementName) })
                for entry in table["optional-dependencies"]?.entries ?? [] {
                    manifest.runtime.formUnion(entry.value.array.compactMap { $0.string.flatMap(requirementName) })
                }
            } else if header == ["dependency-groups"] || header == ["tool", "uv"] {
                let lists = header == ["tool", "uv"] ? [table["dev-dependencies"]].compactMap { $0 } : table.entries.map(\.value)
                for list in lists {
                    manifest.development.formUnion(list.array.compactMap { $0.string.flatMap(requirementName) })
                }
            }
        }
        manifest.runtime.remove("python")
        return manifest
    }

    private static func requirementName(_ text: String) -> String? {
        RequirementsParser.requirement(text).map { PythonName.normalise($0.name) }
    }
}
