import WardCore

/// Reads the components of an SBOM made by another tool: CycloneDX (JSON or XML) or SPDX JSON,
/// told apart by content rather than by file name.
public enum SBOMReader {
    /// The components of the SBOM at `path`; components without a package URL cannot be matched and are left out.
    public static func read(_ bytes: [UInt8], path: String) throws(InputError) -> [Component] {
        let start = bytes.drop(while: { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }).first
        if start == UInt8(ascii: "<") { return try CycloneDXXMLReader.read(bytes, path: path) }
        let root = try JSONNode.parse(bytes, path: path)
        if root["bomFormat"]?.string == "CycloneDX" { return try CycloneDXJSONReader.read(root, path: path) }
        if root["spdxVersion"] != nil { return try SPDXJSONReader.read(root, path: path) }
        throw InputError(path: path, line: root.line, "not an SBOM: neither CycloneDX (bomFormat) nor SPDX (spdxVersion)")
    }

    /// A component built from its package URL, the way lockfile parsers name it.
    static func component(purl text: String, version: String?, licenses: [String], hashes: [ComponentHash], scope: ComponentScope) -> Component? {
        guard let purl = try? PackageURL(parsing: text) else { return nil }
        let ecosystem = Ecosystem.allCases.first { $0.purlType == purl.type }
        return Component(
            ecosystem: ecosystem?.rawValue ?? purl.type, name: ecosystem.map { $0.componentName(purl) } ?? purl.name,
            version: purl.version ?? version ?? "", purl: purl, scope: scope, licenses: licenses, hashes: hashes)
    }
}

extension Ecosystem {
    /// The name a lockfile would use for the package at `purl` (`@scope/name`, `group:artifact`, ...).
    func componentName(_ purl: PackageURL) -> String {
        guard let namespace = purl.namespace else { return purl.name }
        switch self {
        case .maven: return namespace + ":" + purl.name
        case .cocoaPods: return purl.name
        default: return namespace + "/" + purl.name
        }
    }
}

extension ComponentHash {
    /// A hash from an SBOM, with CycloneDX (`SHA-256`) or SPDX (`SHA256`) algorithm names.
    static func fromSBOM(algorithm: String, value: String) -> ComponentHash? {
        let names = ["SHA1": "SHA-1", "SHA256": "SHA-256", "SHA384": "SHA-384", "SHA512": "SHA-512", "MD5": "MD5"]
        let normalised = names[algorithm.uppercased()] ?? algorithm.uppercased()
        guard ["SHA-1", "SHA-256", "SHA-384", "SHA-512", "MD5"].contains(normalised), !value.isEmpty else { return nil }
        return ComponentHash(algorithm: normalised, value: value.lowercased())
    }
}
