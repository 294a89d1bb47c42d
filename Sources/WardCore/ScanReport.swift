import Foundation

/// The result of one `ward scan`: what was scanned, how, and what was found. This is Ward's JSON
/// report (schema documented in docs/report-format.md); bump `currentSchemaVersion` on any
/// incompatible change.
public struct ScanReport: Codable, Sendable {
    public static let currentSchemaVersion = "1.1"

    public var schemaVersion: String
    public var tool: ToolInfo
    public var target: ScanTarget
    public var startedAt: Date
    public var finishedAt: Date
    public var statistics: ScanStatistics
    /// The kinds of finding the scan looked for (a kind without findings was still checked); nil when unknown.
    public var kindsScanned: [FindingKind]?
    /// Descriptions of the rules that produced findings, for formats (SARIF) that carry them.
    public var rules: [RuleSummary]
    public var findings: [Finding]
    public var warnings: [ScanWarning]

    public init(
        tool: ToolInfo = .ward, target: ScanTarget, startedAt: Date, finishedAt: Date,
        statistics: ScanStatistics, rules: [RuleSummary], findings: [Finding], warnings: [ScanWarning]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.tool = tool
        self.target = target
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.statistics = statistics
        self.rules = rules
        self.findings = findings
        self.warnings = warnings
    }

    /// The highest severity among findings that count for gates (a VEX `not_affected` or `fixed`
    /// statement keeps a finding in the report but out of this), if any.
    public var highestSeverity: Severity? { findings.filter { $0.analysis?.suppresses != true }.map(\.severity).max() }
}

public struct ToolInfo: Codable, Sendable, Hashable {
    public var name: String
    public var version: String
    public var informationUri: String

    public init(name: String, version: String, informationUri: String) {
        self.name = name
        self.version = version
        self.informationUri = informationUri
    }

    public static let ward = ToolInfo(name: "ward", version: WardVersion.current, informationUri: "https://github.com/ward-security/ward")
}

public enum WardVersion {
    public static let current = "0.1.0"
}

/// What a scan looked at.
public struct ScanTarget: Codable, Sendable, Hashable {
    public enum Mode: String, Codable, Sendable {
        case directory
        case gitHistory = "git-history"
        case staged
        /// Findings read from other tools' reports (`ward import`); `root` names the reports.
        case imported = "import"
    }

    public var mode: Mode
    /// The scan root as given on the command line.
    public var root: String
    /// For git history: the revision range scanned.
    public var revisions: String?

    public init(mode: Mode, root: String, revisions: String? = nil) {
        self.mode = mode
        self.root = root
        self.revisions = revisions
    }
}

public struct ScanStatistics: Codable, Sendable, Hashable {
    public var filesScanned: Int
    public var bytesScanned: Int
    public var filesSkippedBinary: Int
    public var filesSkippedTooLarge: Int
    public var filesSkippedIgnored: Int
    public var commitsScanned: Int?
    /// Components inventoried for dependency scanning; nil when it did not run.
    public var componentsScanned: Int?
    public var findingsSuppressed: Int
    public var findingsInBaseline: Int
    public var durationSeconds: Double
    /// Lines of the files scanned; nil in reports that do not say.
    public var linesScanned: Int?

    public init(
        filesScanned: Int = 0, bytesScanned: Int = 0, filesSkippedBinary: Int = 0, filesSkippedTooLarge: Int = 0,
        filesSkippedIgnored: Int = 0, commitsScanned: Int? = nil, findingsSuppressed: Int = 0,
        findingsInBaseline: Int = 0, durationSeconds: Double = 0, componentsScanned: Int? = nil
    ) {
        self.componentsScanned = componentsScanned
        self.filesScanned = filesScanned
        self.bytesScanned = bytesScanned
        self.filesSkippedBinary = filesSkippedBinary
        self.filesSkippedTooLarge = filesSkippedTooLarge
        self.filesSkippedIgnored = filesSkippedIgnored
        self.commitsScanned = commitsScanned
        self.findingsSuppressed = findingsSuppressed
        self.findingsInBaseline = findingsInBaseline
        self.durationSeconds = durationSeconds
    }
}

/// A rule's description without its examples, as carried in reports.
public struct RuleSummary: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String
    public var kind: FindingKind
    public var severity: Severity
    public var cwe: [Int]
    public var remediation: String
    public var tags: [String]
    public var references: [String]

    public init(_ rule: RuleDescription) {
        id = rule.id
        title = rule.title
        summary = rule.summary
        kind = rule.kind
        severity = rule.severity
        cwe = rule.cwe
        remediation = rule.remediation
        tags = rule.tags
        references = rule.references
    }
}

/// Something that went wrong with one input but did not stop the scan.
public struct ScanWarning: Codable, Sendable, Hashable {
    public var path: String?
    public var line: Int?
    public var message: String

    public init(path: String?, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
}
