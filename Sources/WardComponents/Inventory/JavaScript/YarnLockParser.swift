import WardCore

/// Yarn's `yarn.lock`: the classic (v1) format and berry's YAML format (with `__metadata`).
public struct YarnLockParser: LockfileParser {
    public let id = "yarn-lock"
    public let ecosystem = Ecosystem.npm

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "yarn.lock" }

    /// One resolved package: the specifiers that resolve to it, its version and its dependency specifiers.
    struct Entry {
        var specifiers: [String]
        var name: String
        var version = ""
        var line: Int
        var integrity: String?
        var dependencies: [String] = []
    }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let lines = TextLines(bytes)
        let isBerry = lines.contains { $0.text.hasPrefix("__metadata:") }
        let manifest = PackageManifest.beside(path, in: context.files)
        let entries = isBerry ? try YarnBerryReader.entries(bytes, path: path) : try classicEntries(lines, path: path)
        var bySpecifier: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for specifier in entry.specifiers { bySpecifier[specifier] = index }
        }
        var direct = Set((manifest?.all ?? []))
        if isBerry, let workspace = entries.first(where: { $0.version.hasSuffix("-use.local") || $0.specifiers.contains { $0.contains("@workspace:.") } }) {
            direct.formUnion(workspace.dependencies.map { Self.name(ofSpecifier: $0) })
        }
        let knowsDirect = manifest != nil || isBerry
        var components: [Component] = []
        var seen = Set<String>()
        for entry in entries where !entry.version.isEmpty && !entry.specifiers.allSatisfy({ $0.contains("@workspace:") || $0.contains("@patch:") || $0.contains("@link:") || $0.contains("@portal:") }) {
            let dependencies = entry.dependencies.compactMap { specifier -> String? in
                guard let target = bySpecifier[specifier] ?? bySpecifier[Self.berryNormalised(specifier)] else { return nil }
                return Ecosystem.npm.packageURL(name: entries[target].name, version: entries[target].version)?.description
            }
            let isDirect = direct.contains(entry.name)
            guard let component = Component.declared(
                .npm, name: entry.name, version: entry.version, path: path, line: entry.line,
                direct: knowsDirect ? isDirect : nil, scope: isDirect ? (manifest?.scope(of: entry.name) ?? .runtime) : .runtime,
                hashes: entry.integrity.flatMap(ComponentHash.parse).map { [$0] } ?? [],
                dependencies: Array(Set(dependencies)).sorted()), seen.insert(component.purl.description).inserted else { continue }
            components.append(component)
        }
        return components
    }

    /// The package name in a specifier such as `@babel/core@^7.0.0` or `lodash@npm:^4.17.0`.
    static func name(ofSpecifier specifier: String) -> String {
        let body = specifier.hasPrefix("@") ? specifier.dropFirst() : Substring(specifier)
        guard let at = body.firstIndex(of: "@") else { return specifier }
        return String(specifier[..<at])
    }

    /// Berry writes dependencies as `name: range` but keys entries as `name@npm:range`.
    static func berryNormalised(_ specifier: String) -> String {
        let name = name(ofSpecifier: specifier)
        let range = specifier.dropFirst(name.count + 1)
        return range.contains(":") ? specifier : name + "@npm:" + range
    }

    // MARK: - Classic

    private func classicEntries(_ lines: TextLines, path: String) throws(InputError) -> [Entry] {
        var entries: [Entry] = []
        var inDependencies = false
        for line in lines {
            let text = line.text
            if text.trimmed.isEmpty || text.hasPrefix("#") { continue }
            if text.indentation == 0 {
                guard text.hasSuffix(":") else { throw InputError(path: path, line: line.number, "expected 'specifier:' at the start of an entry") }
                let specifiers = text.dropLast().split(separator: ",").map { String($0.trimmed.unquoted) }
                guard let first = specifiers.first else { throw InputError(path: path, line: line.number, "entry without a specifier") }
                entries.append(Entry(specifiers: specifiers, name: Self.name(ofSpecifier: first), line: line.number))
                inDependencies = false
                continue
            }
            guard !entries.isEmpty else { throw InputError(path: path, line: line.number, "indented line outside an entry") }
            let body = text.trimmed
            if text.indentation == 2 {
                inDependencies = body == "dependencies:" || body == "optionalDependencies:"
                let parts = body.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let value = String(parts[1].trimmed.unquoted)
                switch parts[0] {
                case "version": entries[entries.count - 1].version = value
                case "integrity": entries[entries.count - 1].integrity = value
                default: break
                }
            } else if inDependencies {
                let parts = body.split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { continue }
                entries[entries.count - 1].dependencies.append(String(parts[0].unquoted) + "@" + String(parts[1].trimmed.unquoted))
            }
        }
        return entries
    }
}
