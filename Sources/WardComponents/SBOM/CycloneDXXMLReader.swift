import WardCore

/// Reads CycloneDX XML: `bom/components/component` (nested too) and `bom/dependencies`.
enum CycloneDXXMLReader {
    static func read(_ bytes: [UInt8], path: String) throws(InputError) -> [Component] {
        let bom = try XMLElementNode.parse(bytes, path: path)
        guard bom.name == "bom" else { throw InputError(path: path, line: bom.line, "the root element is <\(bom.name)>, not a CycloneDX <bom>") }
        var references: [String: String] = [:]
        var components: [(reference: String?, component: Component)] = []
        var pending = bom.child("components")?.children("component") ?? []
        while let node = pending.popLast() {
            pending += node.child("components")?.children("component") ?? []
            guard let purl = node.value("purl") else { continue }
            let licenses = (node.child("licenses")?.children ?? []).compactMap { choice -> String? in
                choice.name == "expression" ? String(choice.text.trimmed) : (choice.value("id") ?? choice.value("name"))
            }
            let hashes = (node.child("hashes")?.children("hash") ?? []).compactMap {
                ComponentHash.fromSBOM(algorithm: $0.attributes["alg"] ?? "", value: String($0.text.trimmed))
            }
            let scope: ComponentScope = switch node.value("scope") {
            case "optional": .optional
            case "excluded": .development
            default: .runtime
            }
            guard let component = SBOMReader.component(purl: purl, version: node.value("version"), licenses: licenses, hashes: hashes, scope: scope) else { continue }
            let reference = node.attributes["bom-ref"]
            if let reference { references[reference] = component.purl.description }
            components.append((reference, component))
        }
        var graph: [String: [String]] = [:]
        for dependency in bom.child("dependencies")?.children("dependency") ?? [] {
            guard let reference = dependency.attributes["ref"] else { continue }
            graph[reference] = dependency.children("dependency").compactMap { $0.attributes["ref"].flatMap { references[$0] } }
        }
        let rootReference = bom.path("metadata", "component")?.attributes["bom-ref"]
        let direct = rootReference.flatMap { graph[$0] }.map(Set.init)
        return components.map { entry in
            var component = entry.component
            if let reference = entry.reference { component.dependencies = (graph[reference] ?? []).sorted() }
            if let direct { component.direct = direct.contains(component.purl.description) }
            return component
        }.sorted { $0.purl.description < $1.purl.description }
    }
}
