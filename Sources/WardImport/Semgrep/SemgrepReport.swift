/// A Semgrep JSON report (`semgrep scan --json`).
struct SemgrepReport: Decodable {
    var version: String?
    var results: [Result]

    struct Result: Decodable {
        var checkID: String
        var path: String
        var start: Position?
        var end: Position?
        var extra: Extra?

        enum CodingKeys: String, CodingKey {
            case checkID = "check_id"
            case path
            case start
            case end
            case extra
        }
    }

    struct Position: Decodable {
        var line: Int?
        var col: Int?
    }

    struct Extra: Decodable {
        var message: String?
        var metadata: Metadata?
        /// `ERROR`, `WARNING`, `INFO`; recent releases also write `CRITICAL`, `HIGH`, `MEDIUM`, `LOW`.
        var severity: String?
        /// The matched source lines; `requires login` when Semgrep withholds them.
        var lines: String?
        var fix: String?
        var isIgnored: Bool?

        enum CodingKeys: String, CodingKey {
            case message
            case metadata
            case severity
            case lines
            case fix
            case isIgnored = "is_ignored"
        }
    }

    /// Rule metadata, free-form in Semgrep: each field may be a string or a list of strings, or absent.
    struct Metadata: Decodable {
        var cwe: [String]
        var owasp: [String]
        var confidence: String?
        var category: String?
        var technology: [String]
        var references: [String]

        enum CodingKeys: String, CodingKey {
            case cwe
            case owasp
            case confidence
            case category
            case technology
            case references
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            cwe = Self.strings(container, .cwe)
            owasp = Self.strings(container, .owasp)
            technology = Self.strings(container, .technology)
            references = Self.strings(container, .references)
            confidence = try? container.decodeIfPresent(String.self, forKey: .confidence)
            category = try? container.decodeIfPresent(String.self, forKey: .category)
        }

        static func strings(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> [String] {
            if let list = try? container.decodeIfPresent([String].self, forKey: key) { return list }
            if let one = try? container.decodeIfPresent(String.self, forKey: key) { return [one] }
            return []
        }
    }
}
