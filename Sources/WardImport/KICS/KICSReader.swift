import Foundation
import WardCore

/// KICS (infrastructure as code) JSON reports: one finding per file a query flagged.
public enum KICSReader: ReportReader {
    public static let id = "kics"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"queries\"") && (text.contains("\"kics_version\"") || text.contains("\"queries_total\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(KICSReport.self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        var findings: [Finding] = []
        for query in report.queries ?? [] {
            for file in query.files ?? [] {
                findings.append(finding(file, of: query, maker: &maker))
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: report.kicsVersion ?? "", informationUri: "https://kics.io")], findings: findings)
    }

    static func finding(_ file: KICSReport.File, of query: KICSReport.Query, maker: inout FingerprintMaker) -> Finding {
        let path = ImportSupport.relativePath(file.fileName) ?? ""
        let line = max(file.line ?? 1, 1)
        // KICS's secret queries quote the secret in `actual_value`/`search_value`: keep neither for them.
        let isSecret = query.category == "Secret Management"
        let name = query.queryName ?? query.queryID
        var message = query.description ?? name
        if !isSecret, let expected = file.expectedValue, let actual = file.actualValue, !expected.isEmpty {
            message += (message.hasSuffix(".") ? " " : ". ") + "Expected: \(expected). Actual: \(actual)."
        }
        let cwe = query.cwe?.value.map { $0 > 0 ? [$0] : [] } ?? []
        let content = [file.searchKey, file.issueType].compactMap { $0 }.joined(separator: "|")
        return Finding(
            ruleId: query.queryID, tool: id, kind: isSecret ? .secret : .configuration, severity: severity(query.severity),
            confidence: .high, title: String(name.prefix(300)), message: message, cwe: cwe,
            location: path.isEmpty ? nil : Location(path: path, startLine: line, startColumn: 1, endLine: line, endColumn: 1),
            remediation: isSecret ? nil : file.expectedValue,
            tags: [query.platform, query.category].compactMap { $0 }.sorted(),
            fingerprint: maker.make(tool: id, ruleID: query.queryID, path: path, content: content.isEmpty ? name : content))
    }

    /// KICS levels: CRITICAL, HIGH, MEDIUM, LOW map to themselves; INFO and TRACE → info.
    static func severity(_ level: String?) -> Severity {
        switch level?.uppercased() {
        case "CRITICAL": .critical
        case "HIGH": .high
        case "MEDIUM": .medium
        case "LOW": .low
        default: .info
        }
    }
}
