import WardCore

/// CocoaPods' `Podfile.lock`: `PODS` gives versions and the graph, `DEPENDENCIES` the direct pods.
public struct PodfileLockParser: LockfileParser {
    public let id = "cocoapods-podfile-lock"
    public let ecosystem = Ecosystem.cocoaPods

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "Podfile.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        var section = ""
        var pods: [(name: String, version: String, line: Int, dependencies: [String])] = []
        var direct = Set<String>()
        var sawPods = false
        for line in TextLines(bytes) {
            let text = line.text
            if text.trimmed.isEmpty || text.trimmed.hasPrefix("#") { continue }
            if text.indentation == 0 {
                section = String(text.prefix(while: { $0 != ":" }))
                if section == "PODS" { sawPods = true }
                continue
            }
            let body = text.trimmed
            guard body.hasPrefix("- ") else { continue }
            let entry = body.dropFirst(2).trimmed.unquoted
            let (name, version) = Self.split(entry)
            let root = String(name.prefix(while: { $0 != "/" }))
            switch section {
            case "PODS" where text.indentation <= 2:
                guard let version else { throw InputError(path: path, line: line.number, "pod '\(name)' has no version") }
                if !pods.contains(where: { $0.name == root }) { pods.append((root, version, line.number, [])) }
            case "PODS":
                guard !pods.isEmpty else { continue }
                let owner = pods.count - 1
                if root != pods[owner].name, !pods[owner].dependencies.contains(root) { pods[owner].dependencies.append(root) }
            case "DEPENDENCIES":
                direct.insert(root)
            default:
                break
            }
        }
        guard sawPods else { throw InputError(path: path, line: 1, "Podfile.lock has no PODS section") }
        let purls = Dictionary(pods.map { ($0.name, Ecosystem.cocoaPods.packageURL(name: $0.name, version: $0.version)?.description ?? "") },
                               uniquingKeysWith: { first, _ in first })
        return pods.compactMap { pod in
            Component.declared(.cocoaPods, name: pod.name, version: pod.version, path: path, line: pod.line,
                               direct: direct.isEmpty ? nil : direct.contains(pod.name),
                               dependencies: pod.dependencies.compactMap { purls[$0] }.filter { !$0.isEmpty })
        }
    }

    /// `Name (1.2.3)` → (`Name`, `1.2.3`); `Name (~> 1.0)` and `Name` have no exact version.
    static func split(_ entry: Substring) -> (name: String, version: String?) {
        var text = entry
        if text.hasSuffix(":") { text = text.dropLast() }
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else {
            return (String(text.trimmed), nil)
        }
        let inside = text[text.index(after: open)..<close].trimmed
        let name = String(text[..<open].trimmed)
        let isConstraint = inside.first.map { "=<>~!".contains($0) } ?? true
        return (name, isConstraint ? nil : String(inside))
    }
}
