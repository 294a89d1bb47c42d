import WardCore

extension DependencyCheckReport {
    /// Builds the report from dependency-check's XML (`dependency-check.x.y.xsd`, any schema version).
    init(xml root: XMLElementNode) {
        scanInfo = ScanInfo(engineVersion: root.path("scanInfo", "engineVersion")?.text.trimmed)
        dependencies = root.child("dependencies")?.children("dependency").map(Self.dependency)
    }

    private static func dependency(_ node: XMLElementNode) -> Dependency {
        let collected = node.child("evidenceCollected")?.children("evidence") ?? []
        func evidence(_ type: String) -> [Evidence] {
            collected.filter { $0.attributes["type"] == type }.map {
                Evidence(name: $0.value("name"), value: $0.value("value"), confidence: $0.attributes["confidence"])
            }
        }
        return Dependency(
            isVirtual: node.attributes["isVirtual"] == "true", fileName: node.value("fileName"), filePath: node.value("filePath"),
            packages: packages(in: node.child("identifiers")), evidenceCollected: EvidenceCollected(productEvidence: evidence("product"), versionEvidence: evidence("version")),
            vulnerabilities: node.child("vulnerabilities")?.children("vulnerability").map(vulnerability))
    }

    /// `<package>` ids (purls) under `<identifiers>`, which some writers nest one level deeper;
    /// an older `<identifier type="maven">` with `group:artifact:version` becomes a Maven purl.
    private static func packages(in identifiers: XMLElementNode?) -> [Package] {
        guard let identifiers else { return [] }
        let levels = [identifiers] + identifiers.children("identifiers")
        var found = levels.flatMap { $0.children("package") }.compactMap { node in
            node.value("id").map { Package(id: $0, confidence: node.attributes["confidence"]) }
        }
        for node in identifiers.children("identifier") where node.attributes["type"] == "maven" {
            let parts = (node.value("name") ?? "").split(separator: ":").map(String.init)
            guard parts.count == 3, let purl = try? PackageURL(type: "maven", namespace: parts[0], name: parts[1], version: parts[2]) else { continue }
            found.append(Package(id: purl.description, confidence: node.attributes["confidence"]))
        }
        return found
    }

    private static func vulnerability(_ node: XMLElementNode) -> Vulnerability {
        let v3 = node.child("cvssV3").map { v3 in
            CVSSv3(
                baseScore: v3.value("baseScore").flatMap(Double.init), baseSeverity: v3.value("baseSeverity"),
                attackVector: v3.value("attackVector"), attackComplexity: v3.value("attackComplexity"),
                privilegesRequired: v3.value("privilegesRequired"), userInteraction: v3.value("userInteraction"),
                scope: v3.value("scope"), confidentialityImpact: v3.value("confidentialityImpact"),
                integrityImpact: v3.value("integrityImpact"), availabilityImpact: v3.value("availabilityImpact"),
                version: v3.value("version"))
        }
        // Schema 1.x has a flat `<cvssScore>`; 2.x a `<cvssV2><score>`.
        let v2Score = node.path("cvssV2", "score")?.text.trimmed ?? node.value("cvssScore")
        let cwes = node.children("cwe").map(\.text) + (node.child("cwes")?.children("cwe").map(\.text) ?? [])
        let references = node.child("references")?.children("reference").map {
            Reference(source: $0.value("source"), url: $0.value("url"), name: $0.value("name"))
        }
        let software = node.child("vulnerableSoftware")?.children("software").map {
            VulnerableSoftware(software: Software(
                id: $0.text.trimmed, vulnerabilityIdMatched: $0.attributes["vulnerabilityIdMatched"],
                versionEndExcluding: $0.attributes["versionEndExcluding"]))
        }
        return Vulnerability(
            source: node.attributes["source"], name: node.value("name") ?? "unknown", severity: node.value("severity"),
            cvssv2: v2Score.map { CVSSv2(score: Double($0), severity: nil) }, cvssv3: v3, cwes: cwes,
            description: node.value("description"), references: references, vulnerableSoftware: software)
    }
}

extension String {
    fileprivate var trimmed: String? {
        let text = trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
