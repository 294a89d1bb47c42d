import Foundation
import WardCore

/// GitLab security reports (SAST, dependency scanning, secret detection, container scanning, DAST),
/// one reader for all: the report type comes from `scan.type`, or from the location's shape in
/// reports too old to have it. `tool` is the scanner that wrote it (`semgrep`, `gemnasium`, `zap`, …).
public enum GitLabReader: ReportReader {
    public static let id = "gitlab"

    static let scanTypes = ["sast", "dependency_scanning", "secret_detection", "dast", "container_scanning", "cluster_image_scanning", "api_fuzzing", "coverage_fuzzing"]

    public static func detect(_ data: Data) -> Bool {
        // `scan` usually comes last, after a long `vulnerabilities` array: look at both ends.
        let text = ImportSupport.head(data) + String(decoding: data.suffix(65_536), as: UTF8.self)
        guard text.contains("\"vulnerabilities\""), text.contains("\"scan\""), text.contains("\"scanner\"") else { return false }
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        return scanTypes.contains { compact.contains("\"type\":\"\($0)\"") }
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(GitLabReport.self, from: data, path: path, reader: id)
        let scanner = report.scan?.scanner ?? report.vulnerabilities.first?.scanner
        let tool = scanner.flatMap { $0.id ?? $0.name }.map(slug).map { aliases[$0] ?? $0 } ?? "gitlab"
        var builder = GitLabFindingBuilder(tool: tool, scanType: report.scan?.type, dependencyFiles: report.dependencyFiles ?? [])
        let findings = report.vulnerabilities.map { builder.finding($0) }
        let info = ToolInfo(name: tool, version: scanner?.version ?? "", informationUri: scanner?.url ?? "")
        return ImportedReport(tools: [info], findings: findings)
    }

    /// GitLab's names for scanners Ward reads directly too, so both imports name the same tool.
    static let aliases = ["zaproxy": "zap", "zaproxy-browserker": "zap", "browserker": "zap"]

    static func slug(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }).split(separator: "-").joined(separator: "-")
    }

    /// GitLab severities: Critical, High, Medium, Low → the same; Info → info; Unknown (or missing)
    /// → medium, because "not rated" is not "harmless".
    static func severity(_ text: String?) -> Severity {
        switch text?.lowercased() {
        case "critical": .critical
        case "high": .high
        case "low": .low
        case "info": .info
        default: .medium
        }
    }

    /// GitLab confidences: Confirmed, High → high; Medium, Unknown (or missing) → medium;
    /// Low, Experimental, Ignore → low.
    static func confidence(_ text: String?) -> Confidence {
        switch text?.lowercased() {
        case "confirmed", "high": .high
        case "low", "experimental", "ignore": .low
        default: .medium
        }
    }
}
