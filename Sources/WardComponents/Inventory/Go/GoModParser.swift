import WardCore

/// Go's `go.mod`: `require` lines and blocks (`// indirect` marks transitive modules) with `replace`
/// directives applied; modules replaced by a local directory are built from source and left out.
public struct GoModParser: LockfileParser {
    public let id = "go-mod"
    public let ecosystem = Ecosystem.go

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "go.mod" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        var requires: [(module: String, version: String, indirect: Bool, line: Int)] = []
        var replacements: [String: (module: String, version: String?)] = [:]
        var block: String?
        var sawModule = false
        for line in TextLines(bytes) {
            var text = line.text.trimmed
            let indirect = text.firstRange(of: "// indirect") != nil
            if let comment = text.firstRange(of: "//") { text = text[..<comment.lowerBound].trimmed }
            if text.isEmpty { continue }
            if let open = block {
                if text == ")" { block = nil; continue }
                try directive(open, Substring(text), line: line.number, indirect: indirect, path: path, requires: &requires, replacements: &replacements)
                continue
            }
            let words = text.split(separator: " ", maxSplits: 1)
            let verb = String(words[0])
            if verb == "module" { sawModule = true }
            guard words.count == 2 else { throw InputError(path: path, line: line.number, "'\(verb)' without arguments") }
            let rest = words[1].trimmed
            if rest == "(" {
                block = verb
            } else {
                try directive(verb, rest, line: line.number, indirect: indirect, path: path, requires: &requires, replacements: &replacements)
            }
        }
        guard sawModule || !requires.isEmpty else { throw InputError(path: path, line: 1, "no module or require directive: not a go.mod file") }
        var components: [Component] = []
        for require in requires {
            var module = require.module
            var version = require.version
            if let replacement = replacements[module + "@" + version] ?? replacements[module] {
                guard let replacedVersion = replacement.version else { continue }
                module = replacement.module
                version = replacedVersion
            }
            if let component = Component.declared(.go, name: module, version: version, path: path, line: require.line, direct: !require.indirect) {
                components.append(component)
            }
        }
        return components
    }

    private func directive(
        _ verb: String, _ text: Substring, line: Int, indirect: Bool, path: String,
        requires: inout [(module: String, version: String, indirect: Bool, line: Int)], replacements: inout [String: (module: String, version: String?)]
    ) throws(InputError) {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0.unquoted) }
        switch verb {
        case "require":
            guard words.count >= 2 else { throw InputError(path: path, line: line, "require needs a module and a version") }
            requires.append((words[0], words[1], indirect, line))
        case "replace":
            guard let arrow = words.firstIndex(of: "=>"), arrow >= 1, arrow + 1 < words.count else {
                throw InputError(path: path, line: line, "replace needs 'old => new'")
            }
            let old = arrow == 2 ? words[0] + "@" + words[1] : words[0]
            let target = words[arrow + 1]
            let isLocal = target.hasPrefix(".") || target.hasPrefix("/")
            replacements[old] = (target, isLocal ? nil : (arrow + 2 < words.count ? words[arrow + 2] : nil))
        default:
            break
        }
    }
}
