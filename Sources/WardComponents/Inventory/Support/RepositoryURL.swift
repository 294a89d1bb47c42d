import WardCore

/// Turns a git remote (`https://github.com/apple/swift-nio.git`, `git@github.com:apple/swift-nio`)
/// into the host-and-path name that OSV's SwiftURL ecosystem and the swift purl type use.
enum RepositoryURL {
    static func name(_ url: String) -> String {
        var text = Substring(url.trimmed)
        if let scheme = text.firstRange(of: "://") { text = text[scheme.upperBound...] }
        if let at = text.firstIndex(of: "@"), at < (text.firstIndex(of: "/") ?? text.endIndex) {
            text = text[text.index(after: at)...]
        }
        if let colon = text.firstIndex(of: ":"), colon < (text.firstIndex(of: "/") ?? text.endIndex) {
            // scp-like `host:owner/repo`, or `host:port/...`: both become `host/...`.
            let rest = text[text.index(after: colon)...]
            let port = rest.prefix(while: { $0.isNumber })
            text = text[..<colon] + "/" + (port.isEmpty ? rest : rest.dropFirst(port.count).drop(while: { $0 == "/" }))
        }
        while text.hasSuffix("/") { text = text.dropLast() }
        if text.hasSuffix(".git") { text = text.dropLast(4) }
        return String(text)
    }
}
