/// The parts of `osv-scanner --format json` output that findings are made of; everything else is ignored.
struct OSVScannerReport: Decodable {
    var results: [Result]

    struct Result: Decodable {
        var source: Source?
        var packages: [Package]?
    }

    struct Source: Decodable {
        var path: String?
        var type: String?
    }

    struct Package: Decodable {
        var package: PackageInfo
        var vulnerabilities: [Vulnerability]?
        var groups: [Group]?
    }

    struct PackageInfo: Decodable {
        var name: String
        var version: String?
        var ecosystem: String?
        var purl: String?
    }

    /// Vulnerabilities that are the same problem (aliases of one another); newer versions add `max_severity`.
    struct Group: Decodable {
        var ids: [String]
        var aliases: [String]?
        var maxSeverity: String?

        enum CodingKeys: String, CodingKey {
            case ids, aliases
            case maxSeverity = "max_severity"
        }
    }

    /// An OSV record (https://ossf.github.io/osv-schema/).
    struct Vulnerability: Decodable {
        var id: String
        var aliases: [String]?
        var summary: String?
        var details: String?
        var affected: [Affected]?
        var severity: [SeverityScore]?
        var references: [Reference]?
        var databaseSpecific: DatabaseSpecific?

        enum CodingKeys: String, CodingKey {
            case id, aliases, summary, details, affected, severity, references
            case databaseSpecific = "database_specific"
        }
    }

    struct Affected: Decodable {
        var package: PackageInfo?
        var ranges: [Range]?
    }

    struct Range: Decodable {
        var type: String?
        var events: [Event]?
    }

    struct Event: Decodable {
        var introduced: String?
        var fixed: String?
    }

    struct SeverityScore: Decodable {
        var type: String
        var score: String
    }

    struct Reference: Decodable {
        var type: String?
        var url: String?
    }

    /// GitHub-reviewed records carry a severity word and CWE ids here; other databases leave it out.
    struct DatabaseSpecific: Decodable {
        var severity: String?
        var cweIDs: [String]?

        enum CodingKeys: String, CodingKey {
            case severity
            case cweIDs = "cwe_ids"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            severity = try? container.decodeIfPresent(String.self, forKey: .severity)
            cweIDs = try? container.decodeIfPresent([String].self, forKey: .cweIDs)
        }
    }
}
