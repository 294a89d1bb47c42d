/// The parts of a CycloneDX BOM (1.2–1.6) that vulnerability findings are made of: decoded from
/// JSON or built from XML (`CycloneDXBOM+XML.swift`).
struct CycloneDXBOM: Decodable {
    var specVersion: String?
    var metadata: Metadata?
    var components: [Component]?
    var vulnerabilities: [Vulnerability]?

    struct Metadata: Decodable {
        var tools: Tools?
    }

    /// A list of tools (up to 1.4) or `{components, services}` (1.5+).
    struct Tools: Decodable {
        var list: [Tool]

        init(list: [Tool]) { self.list = list }

        init(from decoder: any Decoder) throws {
            if let legacy = try? decoder.singleValueContainer().decode([Tool].self) {
                list = legacy
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            list = ((try? container.decodeIfPresent([Tool].self, forKey: .components)) ?? [])
                + ((try? container.decodeIfPresent([Tool].self, forKey: .services)) ?? [])
        }

        enum CodingKeys: String, CodingKey {
            case components, services
        }
    }

    struct Tool: Decodable {
        var vendor: String?
        var name: String?
        var version: String?
    }

    struct Component: Decodable {
        var bomRef: String?
        var group: String?
        var name: String
        var version: String?
        var purl: String?
        var components: [Component]?

        enum CodingKeys: String, CodingKey {
            case bomRef = "bom-ref"
            case group, name, version, purl, components
        }
    }

    struct Vulnerability: Decodable {
        var bomRef: String?
        var id: String?
        var source: Source?
        var references: [Reference]?
        var ratings: [Rating]?
        var cwes: [Int]?
        var description: String?
        var detail: String?
        var recommendation: String?
        var advisories: [Advisory]?
        var affects: [Affect]?
        var analysis: Analysis?

        enum CodingKeys: String, CodingKey {
            case bomRef = "bom-ref"
            case id, source, references, ratings, cwes, description, detail, recommendation, advisories, affects, analysis
        }
    }

    struct Source: Decodable {
        var name: String?
        var url: String?
    }

    struct Reference: Decodable {
        var id: String
        var source: Source?
    }

    struct Rating: Decodable {
        var score: Double?
        var severity: String?
        var method: String?
        var vector: String?
    }

    struct Advisory: Decodable {
        var title: String?
        var url: String?
    }

    struct Affect: Decodable {
        var ref: String
    }

    struct Analysis: Decodable {
        var state: String?
        var justification: String?
        var detail: String?
    }
}
