/// The parts of a SARIF 2.1.0 log that findings are made of; everything else is ignored.
struct SARIFLog: Decodable {
    var version: String?
    var runs: [Run]

    struct Run: Decodable {
        var tool: Tool
        var results: [Result]?
        var originalUriBaseIds: [String: ArtifactLocation]?
    }

    struct Tool: Decodable {
        var driver: Component
    }

    struct Component: Decodable {
        var name: String
        var version: String?
        var semanticVersion: String?
        var informationUri: String?
        var rules: [Rule]?
    }

    struct Rule: Decodable {
        var id: String
        var name: String?
        var shortDescription: Message?
        var fullDescription: Message?
        var help: Message?
        var properties: Properties?
        var defaultConfiguration: Configuration?
    }

    struct Configuration: Decodable {
        var level: String?
    }

    struct Properties: Decodable {
        var tags: [String]?
        var securitySeverity: String?
        var precision: String?

        enum CodingKeys: String, CodingKey {
            case tags
            case securitySeverity = "security-severity"
            case precision
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            tags = try? container.decodeIfPresent([String].self, forKey: .tags)
            precision = try? container.decodeIfPresent(String.self, forKey: .precision)
            // Tools write the score as a string ("8.8") or a number (8.8).
            if let text = try? container.decodeIfPresent(String.self, forKey: .securitySeverity) {
                securitySeverity = text
            } else if let number = try? container.decodeIfPresent(Double.self, forKey: .securitySeverity) {
                securitySeverity = String(number)
            }
        }
    }

    struct Message: Decodable {
        var text: String?
        var markdown: String?
    }

    struct Result: Decodable {
        var ruleId: String?
        var ruleIndex: Int?
        var rule: RuleReference?
        var level: String?
        var message: Message?
        var locations: [Location]?
        var partialFingerprints: [String: String]?
        var properties: Properties?
    }

    struct RuleReference: Decodable {
        var id: String?
        var index: Int?
    }

    struct Location: Decodable {
        var physicalLocation: PhysicalLocation?
    }

    struct PhysicalLocation: Decodable {
        var artifactLocation: ArtifactLocation?
        var region: Region?
        var contextRegion: Region?
    }

    struct ArtifactLocation: Decodable {
        var uri: String?
        var uriBaseId: String?
    }

    struct Region: Decodable {
        var startLine: Int?
        var startColumn: Int?
        var endLine: Int?
        var endColumn: Int?
        var snippet: Snippet?
    }

    struct Snippet: Decodable {
        var text: String?
    }
}
