/// An advisory in the OSV schema (https://ossf.github.io/osv-schema/), field for field.
public struct OSVAdvisory: Codable, Sendable, Hashable {
    public var schemaVersion: String?
    public var id: String
    public var modified: String?
    public var published: String?
    /// When set, the advisory was withdrawn and must not be reported.
    public var withdrawn: String?
    public var aliases: [String]?
    public var related: [String]?
    public var summary: String?
    public var details: String?
    public var severity: [Severity]?
    public var affected: [Affected]?
    public var references: [Reference]?
    public var databaseSpecific: JSONValue?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case id, modified, published, withdrawn, aliases, related, summary, details, severity, affected, references
        case databaseSpecific = "database_specific"
    }

    public init(id: String, summary: String? = nil, aliases: [String]? = nil, affected: [Affected]? = nil) {
        self.id = id
        self.summary = summary
        self.aliases = aliases
        self.affected = affected
    }

    /// A severity score: `type` is `CVSS_V2`, `CVSS_V3`, `CVSS_V4` or `Ubuntu`; `score` the vector.
    public struct Severity: Codable, Sendable, Hashable {
        public var type: String
        public var score: String

        public init(type: String, score: String) {
            self.type = type
            self.score = score
        }
    }

    /// One affected package with its ranges and explicit versions.
    public struct Affected: Codable, Sendable, Hashable {
        public var package: Package?
        public var severity: [Severity]?
        public var ranges: [Range]?
        public var versions: [String]?
        public var ecosystemSpecific: JSONValue?
        public var databaseSpecific: JSONValue?

        enum CodingKeys: String, CodingKey {
            case package, severity, ranges, versions
            case ecosystemSpecific = "ecosystem_specific"
            case databaseSpecific = "database_specific"
        }

        public init(package: Package?, ranges: [Range]? = nil, versions: [String]? = nil) {
            self.package = package
            self.ranges = ranges
            self.versions = versions
        }
    }

    /// The package an `affected` entry is about.
    public struct Package: Codable, Sendable, Hashable {
        /// The OSV ecosystem, possibly with a release suffix (`Debian:12`).
        public var ecosystem: String
        public var name: String
        public var purl: String?

        public init(ecosystem: String, name: String, purl: String? = nil) {
            self.ecosystem = ecosystem
            self.name = name
            self.purl = purl
        }
    }

    /// A range of affected versions: `SEMVER`, `ECOSYSTEM` or `GIT`, and its events.
    public struct Range: Codable, Sendable, Hashable {
        public var type: String
        public var repo: String?
        public var events: [OSVEvent]
        public var databaseSpecific: JSONValue?

        enum CodingKeys: String, CodingKey {
            case type, repo, events
            case databaseSpecific = "database_specific"
        }

        public init(type: String, events: [OSVEvent]) {
            self.type = type
            self.events = events
        }
    }

    /// A link with its kind (`ADVISORY`, `FIX`, `WEB`, ...).
    public struct Reference: Codable, Sendable, Hashable {
        public var type: String?
        public var url: String

        public init(type: String?, url: String) {
            self.type = type
            self.url = url
        }
    }
}
