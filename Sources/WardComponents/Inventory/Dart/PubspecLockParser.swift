import WardCore

/// Dart/Flutter's `pubspec.lock`: hosted, git and path packages with `direct main`, `direct dev` or
/// `transitive`; SDK packages (flutter, flutter_test) come with the SDK and are left out.
public struct PubspecLockParser: LockfileParser {
    public let id = "pub-pubspec-lock"
    public let ecosystem = Ecosystem.pub

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "pubspec.lock" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try YAMLDocument.parse(bytes, path: path)
        guard let packages = root.value("packages") else { throw InputError(path: path, line: root.line, "no 'packages' mapping: not a pubspec.lock") }
        var components: [Component] = []
        for (name, line, node) in packages.entries {
            let source = node.value("source")?.string
            if source == "sdk" || source == "path" { continue }
            guard let version = node.value("version")?.string else {
                context.warn(path, line: line, "package '\(name)' has no version")
                continue
            }
            let dependency = node.value("dependency")?.string ?? ""
            let hash = node.value("description")?.value("sha256")?.string.flatMap { ComponentHash.parse("sha256:" + $0) }
            if let component = Component.declared(
                .pub, name: name, version: version, path: path, line: line, direct: dependency.hasPrefix("direct"),
                scope: dependency == "direct dev" ? .development : .runtime, hashes: hash.map { [$0] } ?? []) {
                components.append(component)
            }
        }
        return components
    }
}
