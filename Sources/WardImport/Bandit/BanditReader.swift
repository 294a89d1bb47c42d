import Foundation
import WardCore

/// bandit (Python SAST) JSON reports.
public enum BanditReader: ReportReader {
    public static let id = "bandit"

    public static func detect(_ data: Data) -> Bool {
        // `metrics` (one entry per file) comes before `results` and may fill the head: look at both ends.
        let text = ImportSupport.head(data) + String(decoding: data.suffix(4096), as: UTF8.self)
        return text.contains("\"generated_at\"") && text.contains("\"metrics\"")
            && (text.contains("\"_totals\"") || text.contains("\"test_id\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(BanditReport.self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        let findings = report.results.map { finding($0, maker: &maker) }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/PyCQA/bandit")], findings: findings)
    }

    static func finding(_ result: BanditReport.Result, maker: inout FingerprintMaker) -> Finding {
        let path = ImportSupport.relativePath(result.filename) ?? result.filename
        let range = (result.lineRange ?? []).filter { $0 > 0 }
        let startLine = max(result.lineNumber ?? range.first ?? 1, 1)
        let endLine = max(range.last ?? startLine, startLine)
        let snippet = result.code.flatMap { lines(of: $0, from: startLine, to: endLine) }
        // bandit's columns are 0-based offsets; Ward's are 1-based.
        let startColumn = (result.colOffset ?? 0) + 1
        let endColumn = result.endColOffset.map { $0 + 1 } ?? startColumn
        let text = result.issueText ?? result.testID
        return Finding(
            ruleId: result.testID, tool: id, kind: .code, severity: severity(result.issueSeverity),
            confidence: confidence(result.issueConfidence), title: String(text.prefix(300)), message: text,
            cwe: result.issueCWE?.id.map { $0 > 0 ? [$0] : [] } ?? [],
            location: Location(path: path, startLine: startLine, startColumn: max(startColumn, 1), endLine: endLine, endColumn: max(endColumn, 1), snippet: snippet),
            remediation: result.moreInfo.map { "See \($0)" }, tags: result.testName.map { [$0] } ?? [],
            fingerprint: maker.make(tool: id, ruleID: result.testID, path: path, content: snippet ?? text))
    }

    /// bandit levels: HIGH → high, MEDIUM → medium, LOW → low, UNDEFINED → info.
    static func severity(_ level: String?) -> Severity {
        switch level?.uppercased() {
        case "HIGH": .high
        case "MEDIUM": .medium
        case "LOW": .low
        default: .info
        }
    }

    /// bandit confidence: HIGH, MEDIUM, LOW (UNDEFINED counts as low).
    static func confidence(_ level: String?) -> Confidence {
        switch level?.uppercased() {
        case "HIGH": .high
        case "MEDIUM": .medium
        default: .low
        }
    }

    /// The lines `from...to` of bandit's `code` excerpt, whose lines read `39     text`; nil when none are there.
    static func lines(of code: String, from start: Int, to end: Int) -> String? {
        var picked: [String] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            let digits = line.prefix { $0.isNumber }
            guard let number = Int(digits), number >= start, number <= end else { continue }
            var rest = line.dropFirst(digits.count)
            if rest.first == " " { rest = rest.dropFirst() }
            picked.append(String(rest))
        }
        let text = picked.joined(separator: "\n")
        return text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : String(text.prefix(1000))
    }
}
