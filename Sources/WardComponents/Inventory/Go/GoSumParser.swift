import WardCore

/// Go's `go.sum`, used only when there is no `go.mod` beside it (which says more: direct or not, replacements).
public struct GoSumParser: LockfileParser {
    public let id = "go-sum"
    public let ecosystem = Ecosystem.go

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "go.sum" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        if context.files.read(LockfilePath.join(LockfilePath.directory(of: path), "go.mod")) != nil { return [] }
        var components: [Component] = []
        var seen = Set<String>()
        for line in TextLines(bytes) {
            let words = line.text.split(separator: " ")
            if words.isEmpty { continue }
            guard words.count == 3, words[2].hasPrefix("h1:") else {
                throw InputError(path: path, line: line.number, "expected 'module version h1:hash'")
            }
            // `v1.2.3/go.mod` lines only vouch for the module file, not for code that is built.
            if words[1].hasSuffix("/go.mod") { continue }
            if let component = Component.declared(.go, name: String(words[0]), version: String(words[1]), path: path, line: line.number),
               seen.insert(component.purl.description).inserted {
                components.append(component)
            }
        }
        return components
    }
}
