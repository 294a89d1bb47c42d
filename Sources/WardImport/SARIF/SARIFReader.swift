import Foundation
import WardCore

/// SARIF 2.1.0 from any tool (CodeQL, Semgrep, ESLint, gosec, …); the tool name comes from `runs[].tool.driver`.
public enum SARIFReader: ReportReader {
    public static let id = "sarif"

    public static func detect(_ data: Data) -> Bool {
        // Key order is free in JSON: a large `runs` may come before `version`, so look at both ends.
        let text = String(decoding: data.prefix(65_536), as: UTF8.self) + String(decoding: data.suffix(4096), as: UTF8.self)
        return text.contains("\"runs\"") && (text.contains("sarif") || text.contains("\"2.1.0\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let log: SARIFLog
        do {
            log = try JSONDecoder().decode(SARIFLog.self, from: data)
        } catch {
            throw ReportReadError(path: path, reader: id, reason: ImportSupport.describe(error))
        }
        if let version = log.version, !version.hasPrefix("2.") {
            throw ReportReadError(path: path, reader: id, reason: "SARIF version \(version) is not supported (2.1.0 is)")
        }
        var tools: [ToolInfo] = []
        var findings: [Finding] = []
        var occurrences: [String: Int] = [:]
        for run in log.runs {
            let driver = run.tool.driver
            let tool = toolID(driver.name)
            tools.append(ToolInfo(name: tool, version: driver.semanticVersion ?? driver.version ?? "", informationUri: driver.informationUri ?? ""))
            let rules = driver.rules ?? []
            let rulesByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for result in run.results ?? [] {
                let index = result.ruleIndex ?? result.rule?.index
                let rule = (result.ruleId ?? result.rule?.id).flatMap { rulesByID[$0] } ?? index.flatMap { rules.indices.contains($0) ? rules[$0] : nil }
                let ruleID = result.ruleId ?? result.rule?.id ?? rule?.id ?? "unknown"
                findings.append(finding(result, rule: rule, ruleID: ruleID, tool: tool, occurrences: &occurrences))
            }
        }
        return ImportedReport(tools: tools, findings: findings)
    }

    static func finding(_ result: SARIFLog.Result, rule: SARIFLog.Rule?, ruleID: String, tool: String, occurrences: inout [String: Int]) -> Finding {
        let physical = result.locations?.first?.physicalLocation
        let path = ImportSupport.relativePath(physical?.artifactLocation?.uri)
        let region = physical?.region
        let tags = (rule?.properties?.tags ?? []) + (result.properties?.tags ?? [])
        let cwe = ImportSupport.cweIDs(in: tags)
        let kind = ImportSupport.kind(tool: tool, tags: tags)
        let text = region?.snippet?.text ?? physical?.contextRegion?.snippet?.text
        var snippet = text.map { String($0.prefix(1000)) }
        var secret: RedactedSecret?
        if kind == .secret, let text {
            secret = RedactedSecret(secret: Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
            snippet = nil
        }
        let location = path.map { path in
            Location(
                path: path, startLine: region?.startLine ?? 1, startColumn: region?.startColumn ?? 1,
                endLine: region?.endLine ?? region?.startLine ?? 1, endColumn: region?.endColumn ?? region?.startColumn ?? 1, snippet: snippet)
        }
        let score = (result.properties?.securitySeverity ?? rule?.properties?.securitySeverity).flatMap(Double.init)
        let severity = score.map(ImportSupport.severity(cvss:)) ?? level(result.level ?? rule?.defaultConfiguration?.level)
        let content = secret?.sha256 ?? text ?? result.message?.text ?? ""
        let base = "\(tool)|\(ruleID)|\(path ?? "")|\(Fingerprint.normalise(content))"
        let occurrence = occurrences[base, default: 0]
        occurrences[base] = occurrence + 1
        let title = rule?.shortDescription?.text ?? rule?.name ?? ruleID
        return Finding(
            ruleId: ruleID, tool: tool, kind: kind, severity: severity,
            confidence: rule?.properties?.precision.flatMap(confidence) ?? .medium, title: String(title.prefix(300)),
            message: result.message?.text ?? result.message?.markdown ?? title, cwe: cwe, location: location, secret: secret,
            remediation: rule?.help?.text, tags: tags.filter { !$0.lowercased().contains("cwe") }.sorted(),
            fingerprint: Fingerprint.make(ruleId: tool + "/" + ruleID, path: path ?? "", content: content, occurrence: occurrence))
    }

    /// SARIF levels: error, warning, note, none.
    static func level(_ level: String?) -> Severity {
        switch level?.lowercased() {
        case "error": .high
        case "note": .low
        case "none": .info
        default: .medium
        }
    }

    static func confidence(_ precision: String) -> Confidence? {
        switch precision.lowercased() {
        case "very-high", "high": .high
        case "medium": .medium
        case "low": .low
        default: nil
        }
    }

    /// `Semgrep OSS` → `semgrep`, `CodeQL` → `codeql`, others slugged (`Shell Script Analysis` →
    /// `shell-script-analysis`): the names `--with` and `--tool` use.
    static func toolID(_ name: String) -> String {
        let lower = name.lowercased().trimmingCharacters(in: .whitespaces)
        let known = ["semgrep", "codeql", "eslint", "gosec", "bandit", "checkov", "trivy", "gitleaks", "snyk", "kics", "hadolint", "brakeman"]
        if let tool = known.first(where: { lower.hasPrefix($0) }) { return tool }
        let slug = lower.map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(slug).split(separator: "-").joined(separator: "-")
    }
}
