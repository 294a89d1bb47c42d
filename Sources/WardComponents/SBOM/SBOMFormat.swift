import WardCore

/// Renders an `SBOMDocument` in one SBOM format.
public protocol SBOMWriter: Sendable {
    func write(_ document: SBOMDocument) -> [UInt8]
}

/// The SBOM formats `ward sbom` writes.
public enum SBOMFormat: String, Sendable, CaseIterable {
    case cycloneDXJSON = "cyclonedx-json"
    case cycloneDXXML = "cyclonedx-xml"
    case spdxJSON = "spdx-json"

    public var writer: any SBOMWriter {
        switch self {
        case .cycloneDXJSON: CycloneDXJSONWriter()
        case .cycloneDXXML: CycloneDXXMLWriter()
        case .spdxJSON: SPDXJSONWriter()
        }
    }
}
