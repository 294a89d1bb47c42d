/// A GitGuardian ggshield JSON report (`ggshield secret scan … --json`): a path scan lists
/// `entities_with_incidents` itself, a commit-range scan lists them per commit in `scans`.
struct GGShieldReport: Decodable {
    var id: String?
    var type: String?
    var entitiesWithIncidents: [Entity]?
    var scans: [Scan]?
    var totalIncidents: Int
    var totalOccurrences: Int?

    enum CodingKeys: String, CodingKey {
        case id
        case type
        case entitiesWithIncidents = "entities_with_incidents"
        case scans
        case totalIncidents = "total_incidents"
        case totalOccurrences = "total_occurrences"
    }

    struct Scan: Decodable {
        /// The commit sha for a commit scan.
        var id: String?
        var type: String?
        var entitiesWithIncidents: [Entity]?
        var extraInfo: ExtraInfo?

        enum CodingKeys: String, CodingKey {
            case id
            case type
            case entitiesWithIncidents = "entities_with_incidents"
            case extraInfo = "extra_info"
        }
    }

    struct ExtraInfo: Decodable {
        var author: String?
        var email: String?
        var date: String?
    }

    struct Entity: Decodable {
        var mode: String?
        var filename: String?
        var incidents: [Incident]?
    }

    struct Incident: Decodable {
        var policy: String?
        var occurrences: [Occurrence]?
        /// The detector, e.g. `Django Secret Key`.
        var type: String
        /// `valid`, `invalid`, `failed_to_check`, `no_checker`, `not_checked`.
        var validity: String?
        /// The tool's hash of the secret, used by `ggshield secret ignore`.
        var ignoreSHA: String?
        var severity: String?
        var incidentURL: String?

        enum CodingKeys: String, CodingKey {
            case policy
            case occurrences
            case type
            case validity
            case ignoreSHA = "ignore_sha"
            case severity
            case incidentURL = "incident_url"
        }
    }

    /// One part of the secret; `match` is the tool's partly masked value and is never kept.
    struct Occurrence: Decodable {
        var type: String?
        var lineStart: Int?
        var lineEnd: Int?
        var indexStart: Int?
        var indexEnd: Int?
        var preLineStart: Int?
        var postLineStart: Int?

        enum CodingKeys: String, CodingKey {
            case type
            case lineStart = "line_start"
            case lineEnd = "line_end"
            case indexStart = "index_start"
            case indexEnd = "index_end"
            case preLineStart = "pre_line_start"
            case postLineStart = "post_line_start"
        }
    }
}
