/// One message of `govulncheck -json` (protocol v1): exactly one of its fields is set.
struct GovulncheckMessage: Decodable {
    var config: Config?
    var progress: Progress?
    var osv: OSV?
    var finding: Finding?

    struct Config: Decodable {
        var protocolVersion: String?
        var scannerName: String?
        var scannerVersion: String?
        var scanLevel: String?

        enum CodingKeys: String, CodingKey {
            case protocolVersion = "protocol_version"
            case scannerName = "scanner_name"
            case scannerVersion = "scanner_version"
            case scanLevel = "scan_level"
        }
    }

    struct Progress: Decodable {
        var message: String?
    }

    /// The OSV record of a Go vulnerability (https://go.dev/security/vuln/database).
    struct OSV: Decodable {
        var id: String
        var aliases: [String]?
        var summary: String?
        var details: String?
        var databaseSpecific: DatabaseSpecific?

        enum CodingKeys: String, CodingKey {
            case id, aliases, summary, details
            case databaseSpecific = "database_specific"
        }
    }

    struct DatabaseSpecific: Decodable {
        var url: String?
    }

    /// A vulnerability reached at module, package or symbol level; `trace[0]` is the vulnerable end.
    struct Finding: Decodable {
        var osv: String
        var fixedVersion: String?
        var trace: [Frame]?

        enum CodingKeys: String, CodingKey {
            case osv, trace
            case fixedVersion = "fixed_version"
        }
    }

    struct Frame: Decodable {
        var module: String?
        var version: String?
        var package: String?
        var function: String?
        var receiver: String?
        var position: Position?
    }

    struct Position: Decodable {
        var filename: String?
        var line: Int?
        var column: Int?
    }
}
