import Foundation
import WardCore

/// Burp Suite (Professional / Enterprise) XML issue exports. Burp already reports one issue per
/// type and location, so each issue is one finding on `host + path`, with the request's method.
public enum BurpReader: ReportReader {
    public static let id = "burp"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data, limit: 8192)
        return text.contains("<issues") && text.contains("burpVersion")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let root: XMLElementNode
        do {
            root = try XMLElementNode.parse(Array(data), path: path)
        } catch {
            throw ReportReadError(path: path, reader: id, reason: "line \(error.line ?? 1): \(error.message)")
        }
        guard root.name == "issues" else { throw ReportReadError(path: path, reader: id, reason: "root element is <\(root.name)>, not <issues>") }
        let report = BurpReport(xml: root)
        var fingerprints = FingerprintMaker()
        let findings = report.issues.compactMap { issue in finding(issue, fingerprints: &fingerprints) }
        return ImportedReport(tools: [ToolInfo(name: "burp", version: report.burpVersion ?? "", informationUri: "https://portswigger.net/burp")], findings: findings)
    }

    static func finding(_ issue: BurpReport.Issue, fingerprints: inout FingerprintMaker) -> Finding? {
        guard let severity = severity(issue.severity) else { return nil }
        let ruleID = issue.type ?? "unknown"
        let title = issue.name ?? "Burp issue \(ruleID)"
        let method = (issue.method ?? "GET").uppercased()
        let url = (issue.host ?? "") + (issue.path ?? "")
        let parameter = parameter(issue.location)
        let message = [issue.issueDetail, issue.issueBackground].compactMap { $0.map(HTMLText.plain) }.first { !$0.isEmpty } ?? title
        let remediation = [issue.remediationDetail, issue.remediationBackground].compactMap { $0.map(HTMLText.plain) }.filter { !$0.isEmpty }
        return Finding(
            ruleId: ruleID, tool: "burp", kind: .dynamic, severity: severity, confidence: confidence(issue.confidence),
            title: String(title.prefix(300)), message: parameter.map { message + "\nInsertion point: \($0)" } ?? message,
            cwe: ImportSupport.cweIDs(in: (issue.vulnerabilityClassifications ?? "").components(separatedBy: "</li>")),
            remediation: remediation.isEmpty ? nil : remediation.joined(separator: "\n\n"),
            fingerprint: fingerprints.make(tool: "burp", ruleID: ruleID, path: "", content: "\(method) \(url) \(parameter ?? "")"),
            endpoint: Endpoint(method: method, url: url))
    }

    /// `q` from a location such as `/search.jsp [q parameter]`; nil when the issue is about the whole page.
    static func parameter(_ location: String?) -> String? {
        guard let location, let open = location.lastIndex(of: "["), location.hasSuffix("]") else { return nil }
        let inside = location[location.index(after: open)..<location.index(before: location.endIndex)]
        return inside.isEmpty ? nil : String(inside)
    }

    /// Burp severities: High → high, Medium → medium, Low → low, Information → info; issues
    /// marked "False positive" are dropped (nil).
    static func severity(_ text: String?) -> Severity? {
        switch text?.lowercased() {
        case "high": .high
        case "medium": .medium
        case "low": .low
        case "false positive": nil
        default: .info
        }
    }

    /// Burp confidences: Certain → high, Firm → medium, Tentative → low.
    static func confidence(_ text: String?) -> Confidence {
        switch text?.lowercased() {
        case "certain": .high
        case "tentative": .low
        default: .medium
        }
    }
}
