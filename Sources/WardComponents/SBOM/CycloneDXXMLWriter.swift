import WardCore

/// Writes CycloneDX 1.6 XML (namespace `http://cyclonedx.org/schema/bom/1.6`), with the same content
/// as the JSON writer, elements in the order the XSD's sequences require.
public struct CycloneDXXMLWriter: SBOMWriter {
    public init() {}

    public func write(_ document: SBOMDocument) -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\" serialNumber=\"\(document.urn)\" version=\"1\">\n"
        xml += "  <metadata>\n"
        xml += "    <timestamp>\(document.timestampText)</timestamp>\n"
        xml += "    <tools>\n      <components>\n        <component type=\"application\">\n"
        xml += "          <name>\(escape(document.tool.name))</name>\n          <version>\(escape(document.tool.version))</version>\n"
        xml += "        </component>\n      </components>\n    </tools>\n"
        xml += "    <component type=\"application\" bom-ref=\"\(CycloneDX.rootReference)\">\n      <name>\(escape(document.name))</name>\n    </component>\n"
        xml += "  </metadata>\n"
        xml += "  <components>\n"
        for component in document.components { xml += self.component(component) }
        xml += "  </components>\n"
        xml += "  <dependencies>\n"
        xml += dependency(CycloneDX.rootReference, CycloneDX.rootDependencies(document))
        for component in document.components {
            xml += dependency(component.purl.description, document.knownDependencies(of: component))
        }
        xml += "  </dependencies>\n</bom>\n"
        return Array(xml.utf8)
    }

    private func component(_ component: Component) -> String {
        let purl = escape(component.purl.description)
        var xml = "    <component type=\"library\" bom-ref=\"\(purl)\">\n"
        if let group = component.purl.namespace { xml += "      <group>\(escape(group))</group>\n" }
        xml += "      <name>\(escape(component.purl.name))</name>\n"
        if !component.version.isEmpty { xml += "      <version>\(escape(component.version))</version>\n" }
        xml += "      <scope>\(CycloneDX.scope(component.scope))</scope>\n"
        if !component.hashes.isEmpty {
            xml += "      <hashes>\n"
            for hash in component.hashes { xml += "        <hash alg=\"\(escape(hash.algorithm))\">\(escape(hash.value))</hash>\n" }
            xml += "      </hashes>\n"
        }
        let licenses = CycloneDX.licenses(component.licenses)
        if !licenses.isEmpty {
            xml += "      <licenses>\n"
            for license in licenses {
                switch license {
                case .id(let id): xml += "        <license>\n          <id>\(escape(id))</id>\n        </license>\n"
                case .name(let name): xml += "        <license>\n          <name>\(escape(name))</name>\n        </license>\n"
                case .expression(let expression): xml += "        <expression>\(escape(expression))</expression>\n"
                }
            }
            xml += "      </licenses>\n"
        }
        xml += "      <purl>\(purl)</purl>\n"
        let properties = CycloneDX.properties(component)
        if !properties.isEmpty {
            xml += "      <properties>\n"
            for property in properties { xml += "        <property name=\"\(escape(property.name))\">\(escape(property.value))</property>\n" }
            xml += "      </properties>\n"
        }
        return xml + "    </component>\n"
    }

    private func dependency(_ reference: String, _ dependsOn: [String]) -> String {
        guard !dependsOn.isEmpty else { return "    <dependency ref=\"\(escape(reference))\"/>\n" }
        var xml = "    <dependency ref=\"\(escape(reference))\">\n"
        for target in dependsOn { xml += "      <dependency ref=\"\(escape(target))\"/>\n" }
        return xml + "    </dependency>\n"
    }

    /// XML text and attribute escaping; control characters XML 1.0 forbids are dropped.
    func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
