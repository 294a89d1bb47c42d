import WardCore

/// Carthage's `Cartfile.resolved`: `github "owner/repo" "1.2.3"`, `git "url" "v1"`, `binary "url" "2.0"`.
/// Entries named in the `Cartfile` beside it are direct.
public struct CartfileResolvedParser: LockfileParser {
    public let id = "carthage-cartfile-resolved"
    public let ecosystem = Ecosystem.carthage

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "Cartfile.resolved" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let manifest = context.files.read(LockfilePath.join(LockfilePath.directory(of: path), "Cartfile")).map { Self.entries(TextLines($0)) }
        let declared = Set((manifest ?? []).map(\.name))
        var components: [Component] = []
        for entry in Self.entries(TextLines(bytes)) {
            guard let version = entry.version else {
                throw InputError(path: path, line: entry.line, "Cartfile.resolved entry without a version")
            }
            if let component = Component.declared(.carthage, name: entry.name, version: version, path: path, line: entry.line,
                                                  direct: manifest == nil ? nil : declared.contains(entry.name)) {
                components.append(component)
            }
        }
        return components
    }

    /// Each non-comment line as (normalised name, second quoted field, line).
    static func entries(_ lines: TextLines) -> [(name: String, version: String?, line: Int)] {
        var result: [(name: String, version: String?, line: Int)] = []
        for line in lines {
            let text = line.text.trimmed
            if text.isEmpty || text.hasPrefix("#") { continue }
            let fields = text.split(separator: "\"", omittingEmptySubsequences: false)
            // kind "source" "version" splits into: kind, source, space, version, tail.
            guard fields.count >= 3 else { continue }
            let kind = fields[0].trimmed
            let source = String(fields[1])
            let name = kind == "github" && !source.contains("://") ? "github.com/" + source : RepositoryURL.name(source)
            let version = fields.count >= 5 ? String(fields[3]) : nil
            result.append((name, version, line.number))
        }
        return result
    }
}
