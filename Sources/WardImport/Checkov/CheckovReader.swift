import Foundation
import WardCore

/// checkov JSON reports, one object or an array of one per check type: each failed check is a finding.
public enum CheckovReader: ReportReader {
    public static let id = "checkov"

    public static func detect(_ data: Data) -> Bool {
        // The summary naming checkov comes last, after every passed and failed check: look at both ends.
        let text = ImportSupport.head(data) + String(decoding: data.suffix(4096), as: UTF8.self)
        return text.contains("\"checkov_version\"")
            || (text.contains("\"check_type\"") && (text.contains("\"passed_checks\"") || text.contains("\"failed_checks\"")))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let isArray = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "[")
        let reports = isArray
            ? try ImportSupport.decode([CheckovReport].self, from: data, path: path, reader: id)
            : [try ImportSupport.decode(CheckovReport.self, from: data, path: path, reader: id)]
        var maker = FingerprintMaker()
        var findings: [Finding] = []
        for report in reports {
            for check in report.results?.failedChecks ?? [] {
                findings.append(finding(check, checkType: report.checkType ?? "", maker: &maker))
            }
        }
        let version = reports.lazy.compactMap { $0.summary?.checkovVersion }.first ?? ""
        return ImportedReport(tools: [ToolInfo(name: id, version: version, informationUri: "https://www.checkov.io")], findings: findings)
    }

    static func finding(_ check: CheckovReport.Check, checkType: String, maker: inout FingerprintMaker) -> Finding {
        // `repo_file_path` is relative to the repository root, `file_path` only to the directory checkov was given.
        let path = ImportSupport.relativePath(check.repoFilePath ?? check.filePath) ?? ""
        let range = check.fileLineRange ?? []
        let startLine = max(range.first ?? 1, 1)
        let endLine = max(range.last ?? startLine, startLine)
        let isSecret = checkType == "secrets"
        // checkov masks secrets itself, but a code block of a secret check still keeps no snippet.
        let snippet = isSecret ? nil : check.codeBlock.flatMap { block -> String? in
            let text = block.map(\.text).joined()
            return text.isEmpty ? nil : String(text.trimmingCharacters(in: .newlines).prefix(1000))
        }
        let name = check.checkName ?? check.checkID
        let resource = check.resource ?? ""
        return Finding(
            ruleId: check.checkID, tool: id, kind: isSecret ? .secret : .configuration, severity: severity(check.severity),
            confidence: .high, title: String(name.prefix(300)),
            message: resource.isEmpty || isSecret ? name : "\(name): \(resource)",
            location: path.isEmpty ? nil : Location(path: path, startLine: startLine, startColumn: 1, endLine: endLine, endColumn: 1, snippet: snippet),
            remediation: check.guideline.map { "See \($0)" }, tags: checkType.isEmpty ? [] : [checkType],
            fingerprint: maker.make(tool: id, ruleID: check.checkID, path: path, content: resource))
    }

    /// checkov levels: CRITICAL, HIGH, MEDIUM, LOW map to themselves, INFO → info; open-source checkov
    /// without a platform key writes `null`, which is `medium`.
    static func severity(_ level: String?) -> Severity {
        switch level?.uppercased() {
        case "CRITICAL": .critical
        case "HIGH": .high
        case "LOW": .low
        case "INFO": .info
        default: .medium
        }
    }
}
