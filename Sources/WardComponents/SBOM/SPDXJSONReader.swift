import WardCore

/// Reads SPDX 2.2/2.3 JSON: packages with a `purl` external reference, their declared (or concluded)
/// licenses and checksums, and DEPENDS_ON / DEPENDENCY_OF relationships (dev and test ones set the scope).
enum SPDXJSONReader {
    static func read(_ root: JSONNode, path: String) throws(InputError) -> [Component] {
        var byID: [String: Component] = [:]
        for package in root["packages"]?.elements ?? [] {
            guard let id = package["SPDXID"]?.string else { continue }
            let purl = (package["externalRefs"]?.elements ?? []).first { $0["referenceType"]?.string == "purl" }?["referenceLocator"]?.string
            guard let purl else { continue }
            let license = [package["licenseDeclared"]?.string, package["licenseConcluded"]?.string].compactMap { $0 }
                .first { $0 != "NOASSERTION" && $0 != "NONE" && !$0.isEmpty }
            let hashes = (package["checksums"]?.elements ?? []).compactMap {
                ComponentHash.fromSBOM(algorithm: $0["algorithm"]?.string ?? "", value: $0["checksumValue"]?.string ?? "")
            }
            byID[id] = SBOMReader.component(purl: purl, version: package["versionInfo"]?.string, licenses: license.map { [$0] } ?? [], hashes: hashes, scope: .runtime)
        }
        let described = Set((root["documentDescribes"]?.elements ?? []).compactMap(\.string))
        var direct = Set<String>()
        var sawRoot = false
        for relationship in root["relationships"]?.elements ?? [] {
            guard let element = relationship["spdxElementId"]?.string, let type = relationship["relationshipType"]?.string,
                  let related = relationship["relatedSpdxElement"]?.string else { continue }
            let (from, to): (String, String) = type.hasSuffix("DEPENDENCY_OF") ? (related, element) : (element, related)
            guard type == "DEPENDS_ON" || type.hasSuffix("DEPENDENCY_OF") else {
                if type == "DESCRIBES" { sawRoot = true }
                continue
            }
            if described.contains(from) || (byID[from] == nil && sawRoot) {
                direct.insert(to)
            } else if let target = byID[to]?.purl.description, byID[from] != nil, !(byID[from]!.dependencies.contains(target)) {
                byID[from]!.dependencies.append(target)
            }
            if type == "DEV_DEPENDENCY_OF" { byID[element]?.scope = .development }
            if type == "TEST_DEPENDENCY_OF" { byID[element]?.scope = .test }
            if type == "OPTIONAL_DEPENDENCY_OF" { byID[element]?.scope = .optional }
        }
        let knowsDirect = !direct.isEmpty
        return byID.map { id, component in
            var component = component
            component.dependencies.sort()
            if knowsDirect { component.direct = direct.contains(id) }
            return component
        }.sorted { $0.purl.description < $1.purl.description }
    }
}
