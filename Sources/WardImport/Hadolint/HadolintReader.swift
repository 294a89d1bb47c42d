import Foundation
import WardCore

/// hadolint (Dockerfile linter) JSON reports.
public enum HadolintReader: ReportReader {
    public static let id = "hadolint"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        guard text.first(where: { !$0.isWhitespace }) == "[" else { return false }
        return ["\"code\"", "\"message\"", "\"level\"", "\"file\"", "\"line\"", "\"column\""].allSatisfy(text.contains)
            && (text.contains("\"DL") || text.contains("\"SC"))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let violations = try ImportSupport.decode([HadolintViolation].self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        let findings = violations.map { finding($0, maker: &maker) }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/hadolint/hadolint")], findings: findings)
    }

    static func finding(_ violation: HadolintViolation, maker: inout FingerprintMaker) -> Finding {
        // Reports written on Windows use `\` separators.
        let path = ImportSupport.relativePath(violation.file?.replacingOccurrences(of: "\\", with: "/")) ?? ""
        let line = max(violation.line ?? 1, 1)
        let column = max(violation.column ?? 1, 1)
        let message = violation.message ?? violation.code
        return Finding(
            ruleId: violation.code, tool: id, kind: .configuration, severity: severity(violation.level), confidence: .high,
            title: String(message.prefix(300)), message: message,
            location: path.isEmpty ? nil : Location(path: path, startLine: line, startColumn: column, endLine: line, endColumn: column),
            remediation: "See \(ruleURL(violation.code))", tags: [violation.code.hasPrefix("SC") ? "shellcheck" : "dockerfile"],
            fingerprint: maker.make(tool: id, ruleID: violation.code, path: path, content: message))
    }

    /// hadolint levels: error → high, warning → medium, info → low, style → info.
    static func severity(_ level: String?) -> Severity {
        switch level?.lowercased() {
        case "error": .high
        case "warning": .medium
        case "info": .low
        default: .info
        }
    }

    /// Where the rule is explained: hadolint's wiki for `DL` rules, ShellCheck's for `SC` rules.
    static func ruleURL(_ code: String) -> String {
        code.hasPrefix("SC") ? "https://www.shellcheck.net/wiki/\(code)" : "https://github.com/hadolint/hadolint/wiki/\(code)"
    }
}
