/// The parts of an OWASP dependency-check report that findings are made of: decoded from the JSON
/// report (`--format JSON`) or built from the XML one (`DependencyCheckReport+XML.swift`).
struct DependencyCheckReport: Decodable {
    var scanInfo: ScanInfo?
    var dependencies: [Dependency]?

    struct ScanInfo: Decodable {
        var engineVersion: String?
    }

    struct Dependency: Decodable {
        var isVirtual: Bool?
        var fileName: String?
        var filePath: String?
        var packages: [Package]?
        var evidenceCollected: EvidenceCollected?
        var vulnerabilities: [Vulnerability]?
    }

    struct Package: Decodable {
        var id: String
        var confidence: String?
    }

    struct EvidenceCollected: Decodable {
        var productEvidence: [Evidence]?
        var versionEvidence: [Evidence]?
    }

    struct Evidence: Decodable {
        var name: String?
        var value: String?
        var confidence: String?
    }

    struct Vulnerability: Decodable {
        var source: String?
        var name: String
        var severity: String?
        var cvssv2: CVSSv2?
        var cvssv3: CVSSv3?
        var cwes: [String]?
        var description: String?
        var references: [Reference]?
        var vulnerableSoftware: [VulnerableSoftware]?
    }

    struct CVSSv2: Decodable {
        var score: Double?
        var severity: String?
    }

    struct CVSSv3: Decodable {
        var baseScore: Double?
        var baseSeverity: String?
        var attackVector: String?
        var attackComplexity: String?
        var privilegesRequired: String?
        var userInteraction: String?
        var scope: String?
        var confidentialityImpact: String?
        var integrityImpact: String?
        var availabilityImpact: String?
        var version: String?

        /// The `CVSS:3.x/AV:…` vector of the metrics, which dependency-check spells out (`NETWORK`)
        /// or abbreviates (`N`); nil when one is missing.
        var vector: String? {
            let metrics = [("AV", attackVector), ("AC", attackComplexity), ("PR", privilegesRequired), ("UI", userInteraction),
                           ("S", scope), ("C", confidentialityImpact), ("I", integrityImpact), ("A", availabilityImpact)]
            var parts = ["CVSS:" + (version ?? "3.1")]
            for (key, value) in metrics {
                guard let letter = value?.trimmingCharacters(in: .whitespaces).uppercased().first else { return nil }
                parts.append("\(key):\(letter)")
            }
            return parts.joined(separator: "/")
        }
    }

    struct Reference: Decodable {
        var source: String?
        var url: String?
        var name: String?
    }

    struct VulnerableSoftware: Decodable {
        var software: Software?
    }

    struct Software: Decodable {
        var id: String?
        var vulnerabilityIdMatched: String?
        var versionEndExcluding: String?
    }
}
