import WardCore

/// Reads CycloneDX JSON (1.2 to 1.6): components, nested components, and the `dependencies` graph.
enum CycloneDXJSONReader {
    static func read(_ root: JSONNode, path: String) throws(InputError) -> [Component] {
        var references: [String: String] = [:]
        var components: [(reference: String?, component: Component)] = []
        var pending = root["components"]?.elements ?? []
        guard root["components"] == nil || !pending.isEmpty || root["components"]?.elements.isEmpty == true else {
            throw InputError(path: path, line: root["components"]?.line, "components must be an array")
        }
        while let node = pending.popLast() {
            pending += node["components"]?.elements ?? []
            guard let purl = node["purl"]?.string else { continue }
            let licenses = (node["licenses"]?.elements ?? []).compactMap { choice in
                choice["expression"]?.string ?? choice["license"]?["id"]?.string ?? choice["license"]?["name"]?.string
            }
            let hashes = (node["hashes"]?.elements ?? []).compactMap { hash in
                ComponentHash.fromSBOM(algorithm: hash["alg"]?.string ?? "", value: hash["content"]?.string ?? "")
            }
            let scope: ComponentScope = switch node["scope"]?.string {
            case "optional": .optional
            case "excluded": .development
            default: .runtime
            }
            guard let component = SBOMReader.component(purl: purl, version: node["version"]?.string, licenses: licenses, hashes: hashes, scope: scope) else {
                continue
            }
            let reference = node["bom-ref"]?.string
            if let reference { references[reference] = component.purl.description }
            components.append((reference, component))
        }
        var graph: [String: [String]] = [:]
        for dependency in root["dependencies"]?.elements ?? [] {
            guard let reference = dependency["ref"]?.string else { continue }
            graph[reference] = (dependency["dependsOn"]?.elements ?? []).compactMap { $0.string.flatMap { references[$0] } }
        }
        let rootReference = root["metadata"]?["component"]?["bom-ref"]?.string
        let direct = rootReference.flatMap { graph[$0] }.map(Set.init)
        return components.map { entry in
            var component = entry.component
            if let reference = entry.reference { component.dependencies = (graph[reference] ?? []).sorted() }
            if let direct { component.direct = direct.contains(component.purl.description) }
            return component
        }.sorted { $0.purl.description < $1.purl.description }
    }
}
