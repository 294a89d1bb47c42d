import WardCore

extension CycloneDXBOM {
    /// Builds the BOM from CycloneDX XML (`http://cyclonedx.org/schema/bom/1.x`).
    init(xml root: XMLElementNode) {
        specVersion = root.attributes["version"]
        let tools = root.path("metadata", "tools")
        let listed = (tools?.children("tool") ?? []) + (tools?.child("components")?.children("component") ?? [])
        metadata = Metadata(tools: Tools(list: listed.map { Tool(vendor: $0.value("vendor"), name: $0.value("name"), version: $0.value("version")) }))
        components = root.child("components")?.children("component").map(Self.component)
        vulnerabilities = root.child("vulnerabilities")?.children("vulnerability").map(Self.vulnerability)
    }

    /// Nested components are read to a bounded depth: a hostile BOM cannot exhaust the stack.
    private static func component(_ node: XMLElementNode) -> Component {
        component(node, depth: 0)
    }

    private static func component(_ node: XMLElementNode, depth: Int) -> Component {
        let nested = depth < 32 ? node.child("components")?.children("component").map { component($0, depth: depth + 1) } : nil
        return Component(
            bomRef: node.attributes["bom-ref"], group: node.value("group"), name: node.value("name") ?? "unknown",
            version: node.value("version"), purl: node.value("purl"), components: nested)
    }

    private static func vulnerability(_ node: XMLElementNode) -> Vulnerability {
        let source = { (node: XMLElementNode?) in node.map { Source(name: $0.value("name"), url: $0.value("url")) } }
        return Vulnerability(
            bomRef: node.attributes["bom-ref"], id: node.value("id"), source: source(node.child("source")),
            references: node.child("references")?.children("reference").compactMap { ref in
                ref.value("id").map { Reference(id: $0, source: source(ref.child("source"))) }
            },
            ratings: node.child("ratings")?.children("rating").map {
                Rating(score: $0.value("score").flatMap(Double.init), severity: $0.value("severity"), method: $0.value("method"), vector: $0.value("vector"))
            },
            cwes: node.child("cwes")?.children("cwe").compactMap { Int($0.text.trimmingCharacters(in: .whitespacesAndNewlines)) },
            description: node.value("description"), detail: node.value("detail"), recommendation: node.value("recommendation"),
            advisories: node.child("advisories")?.children("advisory").map { Advisory(title: $0.value("title"), url: $0.value("url")) },
            affects: node.child("affects")?.children("target").compactMap { $0.value("ref").map(Affect.init) },
            analysis: node.child("analysis").map { Analysis(state: $0.value("state"), justification: $0.value("justification"), detail: $0.value("detail")) })
    }
}
