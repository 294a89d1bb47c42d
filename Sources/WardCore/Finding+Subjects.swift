/// The third-party component a dependency or container finding is about.
public struct ComponentReference: Codable, Sendable, Hashable {
    /// Package URL (https://github.com/package-url/purl-spec), e.g. `pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1`.
    public var purl: String
    public var name: String
    public var version: String
    /// OSV ecosystem name, e.g. `npm`, `PyPI`, `Maven`, `Go`.
    public var ecosystem: String
    /// Whether the project declares it itself (`true`) or gets it through another component (`false`); nil when unknown.
    public var direct: Bool?

    public init(purl: String, name: String, version: String, ecosystem: String, direct: Bool? = nil) {
        self.purl = purl
        self.name = name
        self.version = version
        self.ecosystem = ecosystem
        self.direct = direct
    }
}

/// The published advisory behind a finding.
public struct AdvisoryReference: Codable, Sendable, Hashable {
    /// The advisory's own id (`GHSA-…`, `PYSEC-…`, `GO-…`, `CVE-…`).
    public var id: String
    /// Other ids of the same vulnerability (CVE, GHSA, …), sorted.
    public var aliases: [String]
    public var summary: String?
    /// Versions that fix it, smallest first.
    public var fixedVersions: [String]
    /// CVSS vector the severity was computed from, when there was one.
    public var cvssVector: String?
    public var cvssScore: Double?
    public var url: String?

    public init(
        id: String, aliases: [String] = [], summary: String? = nil, fixedVersions: [String] = [],
        cvssVector: String? = nil, cvssScore: Double? = nil, url: String? = nil
    ) {
        self.id = id
        self.aliases = aliases
        self.summary = summary
        self.fixedVersions = fixedVersions
        self.cvssVector = cvssVector
        self.cvssScore = cvssScore
        self.url = url
    }

    /// Every id the advisory is known by: its own and its aliases.
    public var allIDs: [String] { [id] + aliases }
}

/// The HTTP operation a dynamic finding was observed on.
public struct Endpoint: Codable, Sendable, Hashable {
    public var method: String
    public var url: String

    public init(method: String, url: String) {
        self.method = method
        self.url = url
    }
}

/// One tool's report of a finding that several tools agree on (correlation keeps every source).
public struct FindingSource: Codable, Sendable, Hashable {
    public var tool: String
    public var ruleId: String
    public var severity: Severity
    public var title: String?

    public init(tool: String, ruleId: String, severity: Severity, title: String? = nil) {
        self.tool = tool
        self.ruleId = ruleId
        self.severity = severity
        self.title = title
    }
}

/// A statement about whether a finding applies (from VEX or triage): suppressed findings keep it.
public struct FindingAnalysis: Codable, Sendable, Hashable {
    public enum State: String, Codable, Sendable, CaseIterable {
        case affected
        case notAffected = "not_affected"
        case fixed
        case underInvestigation = "under_investigation"
    }

    public var state: State
    public var justification: String?
    /// Where the statement came from, e.g. the VEX file.
    public var source: String?

    public init(state: State, justification: String? = nil, source: String? = nil) {
        self.state = state
        self.justification = justification
        self.source = source
    }

    /// Whether the finding no longer counts against gates.
    public var suppresses: Bool { state == .notAffected || state == .fixed }
}
