import WardCore

/// SwiftPM's `Package.resolved`, versions 1 (`object.pins`), 2 and 3 (`pins` with `identity` and `location`).
public struct SwiftPackageResolvedParser: LockfileParser {
    public let id = "swift-package-resolved"
    public let ecosystem = Ecosystem.swiftURL

    public init() {}

    public func accepts(path: String, name: String) -> Bool { name == "Package.resolved" }

    public func parse(_ bytes: [UInt8], path: String, context: inout LockfileContext) throws(InputError) -> [Component] {
        let root = try JSONNode.parse(bytes, path: path)
        guard root.isObject else { throw InputError(path: path, line: root.line, "Package.resolved is not a JSON object") }
        let pins = root["pins"] ?? root["object"]?["pins"]
        guard let pins else { throw InputError(path: path, line: root.line, "Package.resolved has no pins") }
        var components: [Component] = []
        for pin in pins.elements {
            guard let location = pin["location"]?.string ?? pin["repositoryURL"]?.string, !location.isEmpty else {
                context.warn(path, line: pin.line, "pin without a location skipped")
                continue
            }
            if pin["kind"]?.string == "fileSystem" || pin["kind"]?.string == "localSourceControl" { continue }
            let state = pin["state"]
            let version = state?["version"]?.string ?? state?["revision"]?.string ?? ""
            let line = (pin["identity"] ?? pin["package"] ?? pin).line
            if let component = Component.declared(.swiftURL, name: RepositoryURL.name(location), version: version, path: path, line: line) {
                components.append(component)
            }
        }
        return components
    }
}
