import WardCore

/// SARIF 2.1.0, shaped for GitHub code scanning: rules carry `security-severity` and CWE tags,
/// results carry a `partialFingerprints` entry so alerts survive line moves.
///
/// Paths are relative to `%SRCROOT%`. Columns are Ward's byte columns; SARIF counts UTF-16 code
/// units, so on lines with non-ASCII text before the finding the column may be off (lines are exact).
public struct SARIFFormat: ReportFormat {
    public var name: ReportFormatName { .sarif }
    /// Absolute path of the scan root, published as `%SRCROOT%` in `originalUriBaseIds`.
    public var sourceRoot: String?

    static let rootBaseId = "%SRCROOT%"
    static let fingerprintKey = "wardFingerprint/v1"

    public init(sourceRoot: String? = nil) {
        self.sourceRoot = sourceRoot
    }

    public func render(_ report: ScanReport) throws -> [UInt8] {
        let rules = Self.rules(for: report)
        var index: [String: Int] = [:]
        for (position, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = position }
        let run = SARIF.Run(
            tool: SARIF.Tool(driver: SARIF.Driver(
                name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version,
                informationUri: report.tool.informationUri,
                rules: rules.map { Self.rule($0, precision: Self.precision(of: $0.id, in: report.findings)) })),
            invocations: [Self.invocation(report)],
            originalUriBaseIds: [Self.rootBaseId: rootLocation(report)],
            results: report.findings.map { Self.result($0, ruleIndex: index[$0.ruleId] ?? 0) })
        return try JSONOutput.encode(SARIF.Log(runs: [run]))
    }

    // MARK: - Rules

    /// The report's rules, then a rule made from the first finding of any rule id they lack, so every
    /// result has a `ruleIndex`.
    static func rules(for report: ScanReport) -> [RuleSummary] {
        var rules = report.rules
        var known = Set(rules.map(\.id))
        for finding in report.findings where !known.contains(finding.ruleId) {
            known.insert(finding.ruleId)
            rules.append(RuleSummary(RuleDescription(
                id: finding.ruleId, title: finding.title, summary: finding.title, kind: finding.kind,
                severity: finding.severity, confidence: finding.confidence, cwe: finding.cwe,
                remediation: finding.remediation ?? "", tags: finding.tags)))
        }
        return rules
    }

    private static func rule(_ rule: RuleSummary, precision: String?) -> SARIF.Rule {
        let summary = rule.summary.isEmpty ? rule.title : rule.summary
        var text = summary
        var markdown = summary
        if !rule.remediation.isEmpty {
            text += "\n\nRemediation: " + rule.remediation
            markdown += "\n\n**Remediation:** " + rule.remediation
        }
        if !rule.references.isEmpty {
            text += "\n\nReferences:\n" + rule.references.map { "- " + $0 }.joined(separator: "\n")
            markdown += "\n\n**References:**\n" + rule.references.map { "- <\($0)>" }.joined(separator: "\n")
        }
        var tags = ["security"]
        for tag in rule.tags + [rule.kind.rawValue] + rule.cwe.map({ "external/cwe/cwe-\($0)" }) where !tags.contains(tag) {
            tags.append(tag)
        }
        return SARIF.Rule(
            id: rule.id, name: pascalCase(rule.title, fallback: rule.id),
            shortDescription: SARIF.Message(text: rule.title), fullDescription: SARIF.Message(text: summary),
            help: SARIF.Help(text: text, markdown: markdown), helpUri: rule.references.first,
            defaultConfiguration: SARIF.Configuration(level: level(rule.severity)),
            properties: SARIF.RuleProperties(tags: tags, securitySeverity: securitySeverity(rule.severity), precision: precision))
    }

    /// `AWS access key` → `AWSAccessKey`; falls back to the id when the title has no ASCII letters.
    static func pascalCase(_ title: String, fallback: String) -> String {
        func words(_ text: String) -> [Substring] {
            text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        }
        let name = words(title).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if let first = name.first, first.isLetter { return name }
        return words(fallback).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// RuleSummary carries no confidence, so it is taken from the rule's findings when there are any.
    private static func precision(of ruleId: String, in findings: [Finding]) -> String? {
        findings.first { $0.ruleId == ruleId }?.confidence.rawValue
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .critical, .high: "error"
        case .medium: "warning"
        case .low, .info: "note"
        }
    }

    /// The 0–10 score GitHub code scanning buckets into critical (≥ 9), high (≥ 7), medium (≥ 4), low.
    static func securitySeverity(_ severity: Severity) -> String {
        switch severity {
        case .critical: "9.5"
        case .high: "8.0"
        case .medium: "5.5"
        case .low: "3.0"
        case .info: "0.0"
        }
    }

    // MARK: - Results

    private static func result(_ finding: Finding, ruleIndex: Int) -> SARIF.Result {
        var locations: [SARIF.Location]?
        if let location = finding.location {
            let region = location.startLine > 0 ? SARIF.Region(
                startLine: location.startLine, startColumn: positive(location.startColumn),
                endLine: positive(location.endLine), endColumn: positive(location.endColumn),
                snippet: location.snippet.map { SARIF.Message(text: $0) }) : nil
            locations = [SARIF.Location(physicalLocation: SARIF.PhysicalLocation(artifactLocation: artifact(location.path), region: region))]
        }
        let properties = SARIF.ResultProperties(
            confidence: finding.confidence.rawValue, kind: finding.kind.rawValue,
            tool: finding.tool == "ward" ? nil : finding.tool,
            secretRedacted: finding.secret?.redacted, secretSha256: finding.secret?.sha256,
            commitSha: finding.commit?.commit, commitAuthor: finding.commit?.author,
            commitEmail: finding.commit?.email, commitDate: finding.commit?.date,
            purl: finding.component?.purl, advisoryId: finding.advisory?.id,
            advisoryAliases: finding.advisory.flatMap { $0.aliases.isEmpty ? nil : $0.aliases },
            fixedVersions: finding.advisory?.fixedVersions, vexState: finding.analysis?.state.rawValue,
            sources: finding.sources.map { $0.map { SARIF.Source(tool: $0.tool, ruleId: $0.ruleId, severity: $0.severity.rawValue) } })
        let suppressions = finding.analysis.flatMap { analysis in
            analysis.suppresses ? [SARIF.Suppression(kind: "external", status: "accepted", justification: Self.justification(analysis))] : nil
        }
        return SARIF.Result(
            ruleId: finding.ruleId, ruleIndex: ruleIndex, level: level(finding.severity),
            message: SARIF.Message(text: finding.message), locations: locations,
            partialFingerprints: [fingerprintKey: finding.fingerprint], suppressions: suppressions, properties: properties)
    }

    private static func justification(_ analysis: FindingAnalysis) -> String {
        "VEX \(analysis.state.rawValue)" + (analysis.justification.map { ": \($0)" } ?? "") + (analysis.source.map { " (\($0))" } ?? "")
    }

    private static func positive(_ value: Int) -> Int? { value > 0 ? value : nil }

    private static func artifact(_ path: String) -> SARIF.ArtifactLocation {
        SARIF.ArtifactLocation(uri: percentEncoded(path), uriBaseId: rootBaseId)
    }

    // MARK: - Invocation

    private static func invocation(_ report: ScanReport) -> SARIF.Invocation {
        let notifications = report.warnings.map { warning in
            SARIF.Notification(
                level: "warning", message: SARIF.Message(text: warning.message),
                locations: warning.path.map { path in
                    [SARIF.Location(physicalLocation: SARIF.PhysicalLocation(
                        artifactLocation: artifact(path),
                        region: warning.line.flatMap { $0 > 0 ? SARIF.Region(startLine: $0) : nil }))]
                })
        }
        return SARIF.Invocation(
            executionSuccessful: true, startTimeUtc: Formatting.iso8601(report.startedAt),
            endTimeUtc: Formatting.iso8601(report.finishedAt),
            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
    }

    /// `%SRCROOT%` as a `file://` URI when the root is known and absolute, otherwise a description.
    private func rootLocation(_ report: ScanReport) -> SARIF.ArtifactLocation {
        let root = sourceRoot ?? report.target.root
        guard root.hasPrefix("/") else {
            return SARIF.ArtifactLocation(description: SARIF.Message(text: "The scan root, given as '\(report.target.root)'."))
        }
        let directory = root.hasSuffix("/") ? root : root + "/"
        return SARIF.ArtifactLocation(uri: "file://" + Self.percentEncoded(directory))
    }

    /// A path as a URI reference: every byte other than unreserved characters and `/` percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
