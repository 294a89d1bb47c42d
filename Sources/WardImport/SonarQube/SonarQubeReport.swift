/// SonarQube issues as exported by the web API (`api/issues/search`, with `components` and optional
/// `rules`) or by the `sonar-report` tool (rules keyed by id, `sonarComponent`, `sonarBaseURL`).
struct SonarQubeReport: Decodable {
    var issues: [Issue]
    var components: [Component]?
    /// The web API's `rules` (a list) or sonar-report's (a map by rule key), read into one map.
    var rules: [String: Rule]
    var sonarComponent: String?
    var sonarBaseURL: String?

    enum CodingKeys: String, CodingKey {
        case issues, components, rules, sonarComponent, sonarBaseURL
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        issues = try container.decode([Issue].self, forKey: .issues)
        components = try container.decodeIfPresent([Component].self, forKey: .components)
        sonarComponent = try container.decodeIfPresent(String.self, forKey: .sonarComponent)
        sonarBaseURL = try container.decodeIfPresent(String.self, forKey: .sonarBaseURL)
        if let list = try? container.decodeIfPresent([Rule].self, forKey: .rules) {
            rules = Dictionary(list.compactMap { rule in rule.key.map { ($0, rule) } }, uniquingKeysWith: { first, _ in first })
        } else {
            rules = try container.decodeIfPresent([String: Rule].self, forKey: .rules) ?? [:]
        }
    }

    struct Issue: Decodable {
        var key: String?
        var rule: String
        /// Legacy severity: BLOCKER, CRITICAL, MAJOR, MINOR, INFO.
        var severity: String?
        /// `project:path/to/file`.
        var component: String?
        var project: String?
        var line: Int?
        var hash: String?
        var textRange: TextRange?
        var status: String?
        var message: String?
        /// sonar-report: the rule's name.
        var description: String?
        var type: String?
        var tags: [String]?
        /// SonarQube 10.2+: the severity per software quality.
        var impacts: [Impact]?
    }

    struct TextRange: Decodable {
        var startLine: Int?
        var endLine: Int?
        var startOffset: Int?
        var endOffset: Int?
    }

    struct Impact: Decodable {
        var softwareQuality: String?
        var severity: String?
    }

    struct Component: Decodable {
        var key: String
        var path: String?
    }

    struct Rule: Decodable {
        var key: String?
        var name: String?
        var htmlDesc: String?
        var severity: String?
    }
}
