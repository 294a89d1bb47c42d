import WardCore

/// One row per finding, RFC 4180: a header row, CRLF line ends, fields quoted when they contain a
/// comma, a double quote, CR or LF.
///
/// Cells are defended against spreadsheet formula injection: a cell that begins with `=`, `+`, `-`,
/// `@`, tab or CR gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text
/// instead of evaluating it. Other control characters are written as visible `\xNN` escapes.
public struct CSVFormat: ReportFormat {
    public var name: ReportFormatName { .csv }

    /// The header row, in column order.
    public static let columns = [
        "severity", "rule_id", "title", "path", "start_line", "start_column", "end_line", "end_column",
        "secret_redacted", "secret_sha256", "fingerprint", "commit", "author", "date", "message",
        "purl", "fixed_version", "analysis",
    ]

    public init() {}

    public func render(_ report: ScanReport) throws -> [UInt8] {
        var rows = [Self.columns]
        for finding in report.findings {
            let location = finding.location
            rows.append([
                finding.severity.rawValue, finding.ruleId, finding.title, location?.path ?? "",
                location.map { String($0.startLine) } ?? "", location.map { String($0.startColumn) } ?? "",
                location.map { String($0.endLine) } ?? "", location.map { String($0.endColumn) } ?? "",
                finding.secret?.redacted ?? "", finding.secret?.sha256 ?? "", finding.fingerprint,
                finding.commit?.commit ?? "", finding.commit.map(Self.author) ?? "", finding.commit?.date ?? "",
                finding.message, finding.component?.purl ?? "", finding.advisory?.fixedVersions.first ?? "",
                finding.analysis?.state.rawValue ?? "",
            ])
        }
        let text = rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
        return Array(text.utf8)
    }

    private static func author(_ commit: GitProvenance) -> String {
        commit.email.isEmpty ? commit.author : "\(commit.author) <\(commit.email)>"
    }

    /// One cell: formula-neutralised, control characters made visible, then quoted if needed.
    static func field(_ value: String) -> String {
        // Line breaks are legal inside a quoted field; other controls are made visible.
        CSVCell.escape(Formatting.visibleControls(value, keepingLineBreaks: true))
    }
}
