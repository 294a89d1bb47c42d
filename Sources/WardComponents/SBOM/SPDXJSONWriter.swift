import WardCore

/// Writes SPDX 2.3 JSON: the project as the described package, one package per component with its
/// purl as an external reference, checksums, declared licenses, and DEPENDS_ON relationships
/// (DEV_DEPENDENCY_OF / TEST_DEPENDENCY_OF for components the project needs only to build or test).
public struct SPDXJSONWriter: SBOMWriter {
    public init() {}

    static let rootID = "SPDXRef-Project"

    public func write(_ document: SBOMDocument) -> [UInt8] {
        let identifiers = Self.identifiers(document.components)
        var extracted: [String: String] = [:]
        var packages: [OrderedJSON] = [.object([
            ("SPDXID", .string(Self.rootID)),
            ("name", .string(document.name)),
            ("downloadLocation", .string("NOASSERTION")),
            ("filesAnalyzed", .bool(false)),
            ("licenseConcluded", .string("NOASSERTION")),
            ("licenseDeclared", .string("NOASSERTION")),
            ("copyrightText", .string("NOASSERTION")),
            ("primaryPackagePurpose", .string("APPLICATION")),
        ])]
        for component in document.components {
            var members: [(String, OrderedJSON)] = [
                ("SPDXID", .string(identifiers[component.purl.description]!)),
                ("name", .string(component.name)),
            ]
            if !component.version.isEmpty { members.append(("versionInfo", .string(component.version))) }
            members.append(("downloadLocation", .string("NOASSERTION")))
            members.append(("filesAnalyzed", .bool(false)))
            let checksums = component.hashes.compactMap { hash -> OrderedJSON? in
                guard let algorithm = Self.checksumAlgorithm(hash.algorithm) else { return nil }
                return .object([("algorithm", .string(algorithm)), ("checksumValue", .string(hash.value))])
            }
            if !checksums.isEmpty { members.append(("checksums", .array(checksums))) }
            members.append(("licenseConcluded", .string("NOASSERTION")))
            members.append(("licenseDeclared", .string(Self.licenseExpression(component.licenses, extracted: &extracted))))
            members.append(("copyrightText", .string("NOASSERTION")))
            members.append(("externalRefs", .array([.object([
                ("referenceCategory", .string("PACKAGE-MANAGER")),
                ("referenceType", .string("purl")),
                ("referenceLocator", .string(component.purl.description)),
            ])])))
            members.append(("primaryPackagePurpose", .string("LIBRARY")))
            packages.append(.object(members))
        }
        var relationships: [OrderedJSON] = [Self.relationship("SPDXRef-DOCUMENT", "DESCRIBES", Self.rootID)]
        let roots = Set(CycloneDX.rootDependencies(document))
        for component in document.components where roots.contains(component.purl.description) {
            let id = identifiers[component.purl.description]!
            switch component.scope {
            case .development: relationships.append(Self.relationship(id, "DEV_DEPENDENCY_OF", Self.rootID))
            case .test: relationships.append(Self.relationship(id, "TEST_DEPENDENCY_OF", Self.rootID))
            case .optional: relationships.append(Self.relationship(id, "OPTIONAL_DEPENDENCY_OF", Self.rootID))
            case .runtime: relationships.append(Self.relationship(Self.rootID, "DEPENDS_ON", id))
            }
        }
        for component in document.components {
            for target in document.knownDependencies(of: component) {
                relationships.append(Self.relationship(identifiers[component.purl.description]!, "DEPENDS_ON", identifiers[target]!))
            }
        }
        var members: [(String, OrderedJSON)] = [
            ("spdxVersion", .string("SPDX-2.3")),
            ("dataLicense", .string("CC0-1.0")),
            ("SPDXID", .string("SPDXRef-DOCUMENT")),
            ("name", .string(document.name)),
            ("documentNamespace", .string(document.urn)),
            ("creationInfo", .object([
                ("created", .string(document.timestampText)),
                ("creators", .array([.string("Tool: \(document.tool.name)-\(document.tool.version)")])),
            ])),
            ("documentDescribes", .array([.string(Self.rootID)])),
            ("packages", .array(packages)),
            ("relationships", .array(relationships)),
        ]
        if !extracted.isEmpty {
            members.append(("hasExtractedLicensingInfos", .array(extracted.keys.sorted().map { id in
                .object([("licenseId", .string(id)), ("name", .string(extracted[id]!)),
                         ("extractedText", .string("The package declares the license \"\(extracted[id]!)\", which has no SPDX identifier."))])
            })))
        }
        return OrderedJSON.object(members).rendered()
    }

    private static func relationship(_ element: String, _ type: String, _ related: String) -> OrderedJSON {
        .object([("spdxElementId", .string(element)), ("relationshipType", .string(type)), ("relatedSpdxElement", .string(related))])
    }

    /// `SPDXRef-Package-<ecosystem>-<name>-<version>` made of the characters SPDX ids allow, unique.
    static func identifiers(_ components: [Component]) -> [String: String] {
        var result: [String: String] = [:]
        var used = Set<String>()
        for component in components {
            let raw = "Package-\(component.purl.type)-\(component.purl.namespace.map { $0 + "-" } ?? "")\(component.purl.name)-\(component.version)"
            let cleaned = String(raw.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" })
            var candidate = "SPDXRef-" + cleaned
            var counter = 2
            while !used.insert(candidate).inserted {
                candidate = "SPDXRef-\(cleaned)-\(counter)"
                counter += 1
            }
            result[component.purl.description] = candidate
        }
        return result
    }

    static func checksumAlgorithm(_ algorithm: String) -> String? {
        ["SHA-1": "SHA1", "SHA-256": "SHA256", "SHA-384": "SHA384", "SHA-512": "SHA512", "MD5": "MD5"][algorithm]
    }

    /// Declared licenses as one SPDX expression; names without an SPDX id become LicenseRefs.
    static func licenseExpression(_ licenses: [String], extracted: inout [String: String]) -> String {
        let parts = licenses.map { text -> String in
            switch SBOMLicense(text) {
            case .id(let id): return id
            case .expression(let expression): return licenses.count > 1 ? "(" + expression + ")" : expression
            case .name(let name):
                let id = "LicenseRef-" + String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" })
                extracted[id] = name
                return id
            }
        }
        return parts.isEmpty ? "NOASSERTION" : parts.joined(separator: " AND ")
    }
}
