import Foundation
import WardCore

/// CycloneDX BOMs with a `vulnerabilities` section (VDR/VEX, as grype, Trivy, cdxgen or
/// Dependency-Track write them), JSON or XML: one finding per vulnerability and affected component.
/// The finding's tool is the BOM's first listed tool (e.g. `grype`), else `cyclonedx`.
public enum CycloneDXReader: ReportReader {
    public static let id = "cyclonedx"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        let json = text.contains("\"bomFormat\"") && text.contains("\"CycloneDX\"")
        let xml = text.contains("<bom") && text.contains("cyclonedx.org/schema/bom")
        return json || xml
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let bom: CycloneDXBOM
        if ImportSupport.head(data, limit: 512).trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<") {
            do {
                bom = CycloneDXBOM(xml: try XMLElementNode.parse([UInt8](data), path: path))
            } catch {
                throw ReportReadError(path: path, reader: id, reason: error.description)
            }
        } else {
            bom = try ImportSupport.decode(CycloneDXBOM.self, from: data, path: path, reader: id)
        }
        let tools = (bom.metadata?.tools?.list ?? []).compactMap { tool in
            tool.name.map { ToolInfo(name: SARIFReader.toolID($0), version: tool.version ?? "", informationUri: "") }
        }
        let toolName = tools.first?.name ?? id
        let components = index(bom.components ?? [])
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        for vuln in bom.vulnerabilities ?? [] {
            for affect in vuln.affects ?? [] {
                let component = components[affect.ref] ?? fallback(affect.ref)
                findings.append(CycloneDXMapping.finding(vuln, component: component, tool: toolName).make(&fingerprints))
            }
        }
        return ImportedReport(tools: tools.isEmpty ? [ToolInfo(name: id, version: bom.specVersion ?? "", informationUri: "https://cyclonedx.org")] : tools, findings: findings)
    }

    /// Every component by its `bom-ref`, nested ones included, walked without recursion.
    static func index(_ roots: [CycloneDXBOM.Component]) -> [String: ComponentReference] {
        var byRef: [String: ComponentReference] = [:]
        var stack = roots
        while let component = stack.popLast() {
            stack.append(contentsOf: component.components ?? [])
            guard let ref = component.bomRef, byRef[ref] == nil else { continue }
            let name = component.group.map { group in
                component.purl.flatMap(PackageURL.init)?.type == "maven" ? group + ":" + component.name : group + "/" + component.name
            } ?? component.name
            let purl = component.purl ?? OSVEcosystem.purl(ecosystem: nil, name: component.name, version: component.version)
            byRef[ref] = ComponentReference(purl: purl, name: name, version: component.version ?? "", ecosystem: OSVEcosystem.of(purl: purl))
        }
        return byRef
    }

    /// A reference to no listed component is often the purl itself (as grype writes it).
    static func fallback(_ ref: String) -> ComponentReference {
        guard let purl = PackageURL(ref) else { return ComponentReference(purl: "", name: ref, version: "", ecosystem: "") }
        return ComponentReference(purl: purl.description, name: purl.name, version: purl.version ?? "", ecosystem: OSVEcosystem.of(purl: ref))
    }
}
