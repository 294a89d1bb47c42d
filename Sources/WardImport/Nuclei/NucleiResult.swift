/// One Nuclei result, as written by `-jsonl` (one per line) or `-json-export` (a list). Reads the
/// v3 and v2.5+ names (`template-id`, `matched-at`) and the older v2 ones (`templateID`, `matched`);
/// fields written sometimes as a list and sometimes as a comma-separated string are read as lists.
struct NucleiResult: Decodable {
    var templateID: String
    var info: Info?
    var type: String?
    var host: String?
    var matchedAt: String?
    var matcherName: String?
    var extractedResults: [String]?
    var request: String?

    enum CodingKeys: String, CodingKey {
        case templateIDv3 = "template-id"
        case templateIDv2 = "templateID"
        case matchedAtv3 = "matched-at"
        case matchedAtv2 = "matched"
        case matcherNamev3 = "matcher-name"
        case matcherNamev2 = "matcher_name"
        case extractedResultsv3 = "extracted-results"
        case extractedResultsv2 = "extracted_results"
        case info, type, host, request
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try container.decodeIfPresent(String.self, forKey: .templateIDv3) {
            templateID = id
        } else {
            templateID = try container.decode(String.self, forKey: .templateIDv2)
        }
        info = try container.decodeIfPresent(Info.self, forKey: .info)
        type = try? container.decodeIfPresent(String.self, forKey: .type)
        host = try? container.decodeIfPresent(String.self, forKey: .host)
        matchedAt = (try? container.decodeIfPresent(String.self, forKey: .matchedAtv3)) ?? (try? container.decodeIfPresent(String.self, forKey: .matchedAtv2))
        matcherName = (try? container.decodeIfPresent(String.self, forKey: .matcherNamev3)) ?? (try? container.decodeIfPresent(String.self, forKey: .matcherNamev2))
        extractedResults = (try? container.decodeIfPresent([String].self, forKey: .extractedResultsv3)) ?? (try? container.decodeIfPresent([String].self, forKey: .extractedResultsv2))
        request = try? container.decodeIfPresent(String.self, forKey: .request)
    }

    struct Info: Decodable {
        var name: String?
        var severity: String?
        var description: String?
        var remediation: String?
        var tags: [String]
        var reference: [String]
        var classification: Classification?

        enum CodingKeys: String, CodingKey {
            case name, severity, description, remediation, tags, reference, classification
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try? container.decodeIfPresent(String.self, forKey: .name)
            severity = try? container.decodeIfPresent(String.self, forKey: .severity)
            description = try? container.decodeIfPresent(String.self, forKey: .description)
            remediation = try? container.decodeIfPresent(String.self, forKey: .remediation)
            tags = NucleiResult.list(container, .tags)
            reference = NucleiResult.list(container, .reference)
            classification = try? container.decodeIfPresent(Classification.self, forKey: .classification)
        }
    }

    struct Classification: Decodable {
        var cveIDs: [String]
        var cweIDs: [String]
        var cvssMetrics: String?
        var cvssScore: Double?

        enum CodingKeys: String, CodingKey {
            case cveIDs = "cve-id"
            case cweIDs = "cwe-id"
            case cvssMetrics = "cvss-metrics"
            case cvssScore = "cvss-score"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            cveIDs = NucleiResult.list(container, .cveIDs)
            cweIDs = NucleiResult.list(container, .cweIDs)
            cvssMetrics = try? container.decodeIfPresent(String.self, forKey: .cvssMetrics)
            cvssScore = (try? container.decodeIfPresent(Double.self, forKey: .cvssScore))
                ?? (try? container.decodeIfPresent(String.self, forKey: .cvssScore)).flatMap { Double($0) }
        }
    }

    /// A list, a comma-separated string, or null.
    static func list<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) -> [String] {
        if let items = try? container.decodeIfPresent([String?].self, forKey: key) { return items.compactMap { $0 } }
        let text = (try? container.decodeIfPresent(String.self, forKey: key)) ?? nil
        return (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
