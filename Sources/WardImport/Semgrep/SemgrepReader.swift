import Foundation
import WardCore

/// Semgrep JSON reports (`semgrep scan --json`); SARIF output from Semgrep goes to `SARIFReader`.
public enum SemgrepReader: ReportReader {
    public static let id = "semgrep"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        guard text.contains("\"results\"") else { return false }
        let hasResult = text.contains("\"check_id\"") && text.contains("\"extra\"")
        return hasResult || text.contains("\"skipped_rules\"") || text.contains("\"interfile_languages_used\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(SemgrepReport.self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        let findings = report.results.map { finding($0, maker: &maker) }
        return ImportedReport(tools: [ToolInfo(name: id, version: report.version ?? "", informationUri: "https://semgrep.dev")], findings: findings)
    }

    static func finding(_ result: SemgrepReport.Result, maker: inout FingerprintMaker) -> Finding {
        let extra = result.extra
        let metadata = extra?.metadata
        let path = ImportSupport.relativePath(result.path) ?? result.path
        let startLine = max(result.start?.line ?? 1, 1)
        let startColumn = max(result.start?.col ?? 1, 1)
        let tags = (metadata?.technology ?? []) + [metadata?.category].compactMap { $0 }
        let kind = ImportSupport.kind(tool: id, tags: tags)
        let matched = extra?.lines.flatMap { $0.isEmpty || $0 == "requires login" ? nil : $0 }
        var secret: RedactedSecret?
        var snippet = matched.map { String($0.prefix(1000)) }
        if kind == .secret, let matched {
            secret = RedactedSecret(secret: Array(matched.trimmingCharacters(in: .whitespacesAndNewlines).utf8))
            snippet = nil
        }
        let message = extra?.message.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? result.checkID
        return Finding(
            ruleId: result.checkID, tool: id, kind: kind, severity: severity(extra?.severity),
            confidence: confidence(metadata?.confidence), title: title(message), message: message,
            cwe: ImportSupport.cweIDs(in: metadata?.cwe ?? []),
            location: Location(
                path: path, startLine: startLine, startColumn: startColumn,
                endLine: max(result.end?.line ?? startLine, startLine), endColumn: max(result.end?.col ?? startColumn, 1), snippet: snippet),
            secret: secret, remediation: extra?.fix.map { "Suggested fix: \($0)" },
            tags: Array(Set((metadata?.owasp ?? []) + tags)).sorted(),
            fingerprint: maker.make(tool: id, ruleID: result.checkID, path: path, content: secret?.sha256 ?? matched ?? message),
            analysis: extra?.isIgnored == true ? FindingAnalysis(state: .notAffected, justification: "suppressed in code by a nosemgrep comment") : nil)
    }

    /// Semgrep levels: ERROR → high, WARNING → medium, INFO → low; the newer CRITICAL, HIGH, MEDIUM
    /// and LOW map to themselves; anything else (EXPERIMENT, INVENTORY) → info.
    static func severity(_ level: String?) -> Severity {
        switch level?.uppercased() {
        case "CRITICAL": .critical
        case "ERROR", "HIGH": .high
        case "WARNING", "MEDIUM": .medium
        case "INFO", "LOW": .low
        default: .info
        }
    }

    /// The rule's `metadata.confidence` (HIGH, MEDIUM, LOW); `medium` when the rule does not say.
    static func confidence(_ level: String?) -> Confidence {
        switch level?.uppercased() {
        case "HIGH": .high
        case "LOW": .low
        default: .medium
        }
    }

    /// Semgrep results have no title: the message's first sentence stands in.
    static func title(_ message: String) -> String {
        let flat = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        let sentence = flat.range(of: ". ").map { String(flat[..<$0.lowerBound]) + "." } ?? flat
        return String(sentence.trimmingCharacters(in: .whitespaces).prefix(300))
    }
}
