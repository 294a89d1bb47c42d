import WardCore

/// Bundler's `Gemfile.lock`: `specs:` of the GEM, GIT and PATH sections give versions and the graph,
/// `DEPENDENCIES` the gems the Gemfile names.
public struct GemfileLockParser: LockfileParser {
    public let id = "bundler-gemfile-lock"
    public let ecosystem = Ecosystem.rubyGems

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "Gemfile.lock" || name == "gems.locked" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        var section = ""
        var inSpecs = false
        var gems: [(name: String, version: String, line: Int, fromPath: Bool, dependencies: [String])] = []
        var direct = Set<String>()
        for line in TextLines(bytes) {
            let text = line.text
            if text.trimmed.isEmpty { continue }
            if text.indentation == 0 {
                section = String(text.trimmed)
                inSpecs = false
                continue
            }
            let body = text.trimmed
            switch section {
            case "GEM", "GIT", "PATH", "PLUGIN SOURCE":
                if text.indentation == 2 { inSpecs = body == "specs:"; continue }
                guard inSpecs else { continue }
                let (name, version) = Self.split(body)
                if text.indentation == 4 {
                    guard let version else { throw InputError(path: path, line: line.number, "gem '\(name)' has no version") }
                    gems.append((name, version, line.number, section == "PATH", []))
                } else if text.indentation >= 6, !gems.isEmpty {
                    gems[gems.count - 1].dependencies.append(name)
                }
            case "DEPENDENCIES":
                direct.insert(Self.split(body).name.trimmingSuffix("!"))
            default:
                break
            }
        }
        var purls: [String: String] = [:]
        for gem in gems where purls[gem.name] == nil {
            purls[gem.name] = Ecosystem.rubyGems.packageURL(name: gem.name, version: gem.version)?.description
        }
        var components: [Component] = []
        var seen = Set<String>()
        for gem in gems where !gem.fromPath {
            guard let component = Component.declared(
                .rubyGems, name: gem.name, version: gem.version, path: path, line: gem.line,
                direct: direct.isEmpty ? nil : direct.contains(gem.name),
                dependencies: Array(Set(gem.dependencies.compactMap { purls[$0] })).sorted()),
                  seen.insert(component.purl.description).inserted else { continue }
            components.append(component)
        }
        return components
    }

    /// `nokogiri (1.13.10-x86_64-linux)` → (`nokogiri`, `1.13.10`): the platform suffix is not part of the version.
    static func split(_ entry: Substring) -> (name: String, version: String?) {
        guard let open = entry.firstIndex(of: "("), let close = entry.lastIndex(of: ")"), open < close else {
            return (String(entry.trimmed), nil)
        }
        let name = String(entry[..<open].trimmed)
        let inside = entry[entry.index(after: open)..<close].trimmed
        if let first = inside.first, "=<>~!".contains(first) { return (name, nil) }
        return (name, String(inside.prefix(while: { $0 != "-" })))
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
