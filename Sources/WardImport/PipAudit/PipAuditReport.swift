/// `pip-audit -f json` output: `{"dependencies": [...], "fixes": [...]}`, or a bare list of
/// dependencies as pip-audit before 2.0 wrote it.
struct PipAuditReport: Decodable {
    var dependencies: [Dependency]

    init(from decoder: any Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([Dependency].self) {
            dependencies = list
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dependencies = try container.decode([Dependency].self, forKey: .dependencies)
    }

    enum CodingKeys: String, CodingKey {
        case dependencies
    }

    /// A dependency pip-audit looked at; `skip_reason` replaces `version` when it could not audit it.
    struct Dependency: Decodable {
        var name: String
        var version: String?
        var vulns: [Vulnerability]?
        var skipReason: String?

        enum CodingKeys: String, CodingKey {
            case name, version, vulns
            case skipReason = "skip_reason"
        }
    }

    struct Vulnerability: Decodable {
        var id: String
        var fixVersions: [String]?
        var aliases: [String]?
        var description: String?

        enum CodingKeys: String, CodingKey {
            case id, aliases, description
            case fixVersions = "fix_versions"
        }
    }
}
