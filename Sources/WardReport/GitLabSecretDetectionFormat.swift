import WardCore

/// GitLab's secret-detection report (`artifacts:reports:secret_detection`), schema version 15.2.1.
///
/// `raw_source_code_extract` holds the redacted snippet only. Findings not from git history get the
/// placeholder commit `0000000`, as GitLab's own analyzer does, because the schema requires a commit.
public struct GitLabSecretDetectionFormat: ReportFormat {
    public var name: ReportFormatName { .gitlab }

    /// The GitLab report schema version written.
    public static let schemaVersion = "15.2.1"
    static let placeholderCommit = "0000000"

    public init() {}

    public func render(_ report: ScanReport) throws -> [UInt8] {
        // A secret-detection report holds secrets only; other kinds have their own GitLab report types.
        var report = report
        report.findings = report.findings.filter { $0.kind == .secret }
        let used = Set(report.findings.map(\.ruleId))
        report.rules = report.rules.filter { used.contains($0.id) || $0.kind == .secret }
        let rules = SARIFFormat.rules(for: report)
        var rulesById: [String: RuleSummary] = [:]
        for rule in rules where rulesById[rule.id] == nil { rulesById[rule.id] = rule }
        let analyzer = GitLab.Analyzer(
            id: report.tool.name, name: Self.displayName(report.tool.name),
            url: report.tool.informationUri.hasPrefix("http") ? report.tool.informationUri : nil,
            vendor: GitLab.Vendor(name: Self.displayName(report.tool.name)), version: report.tool.version)
        let scan = GitLab.Scan(
            analyzer: analyzer, scanner: analyzer, type: "secret_detection",
            startTime: Formatting.plainUTC(report.startedAt), endTime: Formatting.plainUTC(report.finishedAt),
            status: "success",
            messages: report.warnings.isEmpty ? nil : report.warnings.map {
                GitLab.Message(level: "warn", value: TableFormat.describe($0))
            },
            primaryIdentifiers: rules.map(Self.ruleIdentifier))
        let vulnerabilities = report.findings.map { Self.vulnerability($0, rule: rulesById[$0.ruleId]) }
        return try JSONOutput.encode(GitLab.Report(version: Self.schemaVersion, vulnerabilities: vulnerabilities, scan: scan))
    }

    private static func vulnerability(_ finding: Finding, rule: RuleSummary?) -> GitLab.Vulnerability {
        let commit = finding.commit.map {
            GitLab.Commit(sha: $0.commit, author: $0.author, date: $0.date)
        } ?? GitLab.Commit(sha: placeholderCommit)
        let location = GitLab.Location(
            file: finding.location?.path, startLine: finding.location?.startLine,
            endLine: finding.location?.endLine, commit: commit)
        var description = finding.message
        if let summary = rule?.summary, !summary.isEmpty, summary != finding.title, summary != finding.message {
            description = summary + "\n\n" + finding.message
        }
        let links = (rule?.references ?? []).filter { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
        return GitLab.Vulnerability(
            id: vulnerabilityId(finding), category: "secret_detection", name: truncated(finding.title, 255),
            description: truncated(description, 1_048_576), severity: severity(finding.severity),
            confidence: confidence(finding.confidence),
            solution: finding.remediation.map { truncated($0, 7000) },
            rawSourceCodeExtract: finding.location?.snippet, location: location,
            identifiers: [ruleIdentifier(finding.ruleId)] + finding.cwe.map(cweIdentifier),
            links: links.isEmpty ? nil : links.map { GitLab.Link(url: $0) })
    }

    /// A UUID (RFC 9562 version 8) from SHA-256 of the fingerprint and, for history findings, the
    /// commit: the same finding keeps its id from scan to scan, and one secret in two commits gets two.
    static func vulnerabilityId(_ finding: Finding) -> String {
        var input = "ward/gitlab/v1\u{0}" + finding.fingerprint
        if let commit = finding.commit { input += "\u{0}" + commit.commit }
        var hex = Array(SHA256Hex.digest(of: input).utf8.prefix(32))
        let digits = Array("0123456789abcdef".utf8)
        hex[12] = UInt8(ascii: "8")
        let variantNibble = digits.firstIndex(of: hex[16]) ?? 0
        hex[16] = digits[(variantNibble & 0x3) | 0x8]
        let text = String(decoding: hex, as: UTF8.self)
        let cuts = [0, 8, 12, 16, 20, 32].map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
        return (0..<5).map { String(text[cuts[$0]..<cuts[$0 + 1]]) }.joined(separator: "-")
    }

    private static func ruleIdentifier(_ rule: RuleSummary) -> GitLab.Identifier { ruleIdentifier(rule.id) }

    private static func ruleIdentifier(_ id: String) -> GitLab.Identifier {
        GitLab.Identifier(type: "ward_rule_id", name: "Ward rule \(id)", value: id)
    }

    private static func cweIdentifier(_ cwe: Int) -> GitLab.Identifier {
        GitLab.Identifier(type: "cwe", name: "CWE-\(cwe)", value: String(cwe), url: "https://cwe.mitre.org/data/definitions/\(cwe).html")
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "Critical"
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        case .info: "Info"
        }
    }

    private static func confidence(_ confidence: Confidence) -> String {
        switch confidence {
        case .high: "High"
        case .medium: "Medium"
        case .low: "Low"
        }
    }

    private static func displayName(_ tool: String) -> String { tool.prefix(1).uppercased() + tool.dropFirst() }

    /// At most `limit` Unicode scalars, which is how JSON Schema's `maxLength` counts.
    private static func truncated(_ text: String, _ limit: Int) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.prefix(limit))
        return String(out)
    }
}

/// The parts of GitLab's security report schema that Ward writes.
enum GitLab {
    struct Report: Encodable {
        var version: String
        var vulnerabilities: [Vulnerability]
        var scan: Scan
    }

    struct Vulnerability: Encodable {
        var id, category, name, description, severity, confidence: String
        var solution, rawSourceCodeExtract: String?
        var location: Location
        var identifiers: [Identifier]
        var links: [Link]?

        enum CodingKeys: String, CodingKey {
            case id, category, name, description, severity, confidence, solution, location, identifiers, links
            case rawSourceCodeExtract = "raw_source_code_extract"
        }
    }

    struct Location: Encodable {
        var file: String?
        var startLine, endLine: Int?
        var commit: Commit

        enum CodingKeys: String, CodingKey {
            case file, commit, startLine = "start_line", endLine = "end_line"
        }
    }

    struct Commit: Encodable {
        var sha: String
        var author, date, message: String?
    }

    struct Identifier: Encodable {
        var type, name, value: String
        var url: String?
    }

    struct Link: Encodable {
        var url: String
    }

    struct Scan: Encodable {
        var analyzer, scanner: Analyzer
        var type, startTime, endTime, status: String
        var messages: [Message]?
        var primaryIdentifiers: [Identifier]

        enum CodingKeys: String, CodingKey {
            case analyzer, scanner, type, status, messages
            case startTime = "start_time", endTime = "end_time", primaryIdentifiers = "primary_identifiers"
        }
    }

    struct Analyzer: Encodable {
        var id, name: String
        var url: String?
        var vendor: Vendor
        var version: String
    }

    struct Vendor: Encodable {
        var name: String
    }

    struct Message: Encodable {
        var level, value: String
    }
}
