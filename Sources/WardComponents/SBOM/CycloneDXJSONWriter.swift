import WardCore

/// Writes CycloneDX 1.6 JSON: metadata (tool, timestamp, the project), components with purls,
/// hashes, licenses and Ward's location properties, and the dependency graph.
public struct CycloneDXJSONWriter: SBOMWriter {
    public init() {}

    public func write(_ document: SBOMDocument) -> [UInt8] {
        let metadata: OrderedJSON = .object([
            ("timestamp", .string(document.timestampText)),
            ("tools", .object([("components", .array([.object([
                ("type", .string("application")), ("name", .string(document.tool.name)), ("version", .string(document.tool.version)),
                ("externalReferences", .array([.object([("type", .string("website")), ("url", .string(document.tool.informationUri))])])),
            ])]))])),
            ("component", .object([("type", .string("application")), ("bom-ref", .string(CycloneDX.rootReference)), ("name", .string(document.name))])),
        ])
        var dependencies: [OrderedJSON] = [.object([
            ("ref", .string(CycloneDX.rootReference)),
            ("dependsOn", .array(CycloneDX.rootDependencies(document).map { .string($0) })),
        ])]
        for component in document.components {
            dependencies.append(.object([
                ("ref", .string(component.purl.description)),
                ("dependsOn", .array(document.knownDependencies(of: component).map { .string($0) })),
            ]))
        }
        let bom: OrderedJSON = .object([
            ("$schema", .string("http://cyclonedx.org/schema/bom-1.6.schema.json")),
            ("bomFormat", .string("CycloneDX")),
            ("specVersion", .string("1.6")),
            ("serialNumber", .string(document.urn)),
            ("version", .integer(1)),
            ("metadata", metadata),
            ("components", .array(document.components.map(component))),
            ("dependencies", .array(dependencies)),
        ])
        return bom.rendered()
    }

    private func component(_ component: Component) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [("type", .string("library")), ("bom-ref", .string(component.purl.description))]
        if let group = component.purl.namespace { members.append(("group", .string(group))) }
        members.append(("name", .string(component.purl.name)))
        if !component.version.isEmpty { members.append(("version", .string(component.version))) }
        members.append(("scope", .string(CycloneDX.scope(component.scope))))
        if !component.hashes.isEmpty {
            members.append(("hashes", .array(component.hashes.map { .object([("alg", .string($0.algorithm)), ("content", .string($0.value))]) })))
        }
        let licenses = CycloneDX.licenses(component.licenses)
        if !licenses.isEmpty {
            members.append(("licenses", .array(licenses.map { license in
                switch license {
                case .id(let id): .object([("license", .object([("id", .string(id))]))])
                case .name(let name): .object([("license", .object([("name", .string(name))]))])
                case .expression(let expression): .object([("expression", .string(expression))])
                }
            })))
        }
        members.append(("purl", .string(component.purl.description)))
        let properties = CycloneDX.properties(component)
        if !properties.isEmpty {
            members.append(("properties", .array(properties.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })))
        }
        return .object(members)
    }
}

/// Choices shared by the CycloneDX JSON and XML writers.
enum CycloneDX {
    static let rootReference = "ward:project"

    /// Runtime needs `required`; development and test components are `excluded` (not reachable at run time).
    static func scope(_ scope: ComponentScope) -> String {
        switch scope {
        case .runtime: "required"
        case .optional: "optional"
        case .development, .test: "excluded"
        }
    }

    /// A licenses list is either license objects or exactly one expression; several licenses that
    /// include an expression become one expression joined with AND.
    static func licenses(_ licenses: [String]) -> [SBOMLicense] {
        let parsed = licenses.map(SBOMLicense.init)
        guard parsed.count > 1, parsed.contains(where: { if case .expression = $0 { true } else { false } }) else { return parsed }
        return [.expression(licenses.map { "(" + $0 + ")" }.joined(separator: " AND "))]
    }

    /// The project depends on its direct components, or on all of them when the lockfiles do not say.
    static func rootDependencies(_ document: SBOMDocument) -> [String] {
        let direct = document.components.filter { $0.direct == true }
        let known = document.components.contains { $0.direct != nil }
        return (known ? direct : document.components.filter { $0.direct == nil }).map(\.purl.description)
    }

    static func properties(_ component: Component) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        if let direct = component.direct { result.append(("ward:direct", direct ? "true" : "false")) }
        result.append(("ward:ecosystem", component.ecosystem))
        if let location = component.location { result.append(("ward:location", "\(location.path):\(location.line)")) }
        if component.scope != .runtime { result.append(("ward:scope", component.scope.rawValue)) }
        return result
    }
}
