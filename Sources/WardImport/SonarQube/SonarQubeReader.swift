import Foundation
import WardCore

/// SonarQube issues, from the web API's `api/issues/search` response or the `sonar-report` export.
/// Every issue type (vulnerability, security hotspot, bug, code smell) is kept, tagged by its type.
public enum SonarQubeReader: ReportReader {
    public static let id = "sonarqube"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        // sonar-report writes `issues` after the rules, which can run past the first 64 KiB.
        guard data.range(of: Data("\"issues\"".utf8)) != nil else { return false }
        // sonar-report names the server and project; the web API answers with paging and effort totals.
        return text.contains("\"sonarComponent\"") || text.contains("\"sonarBaseURL\"")
            || (text.contains("\"paging\"") && (text.contains("\"effortTotal\"") || text.contains("\"debtTotal\"")))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(SonarQubeReport.self, from: data, path: path, reader: id)
        let paths = Dictionary((report.components ?? []).compactMap { component in component.path.map { (component.key, $0) } }, uniquingKeysWith: { first, _ in first })
        var fingerprints = FingerprintMaker()
        let findings = report.issues.map { issue in
            finding(issue, rule: report.rules[issue.rule], path: filePath(issue, paths: paths, project: report.sonarComponent), fingerprints: &fingerprints)
        }
        let info = ToolInfo(name: "sonarqube", version: "", informationUri: report.sonarBaseURL ?? "https://www.sonarsource.com/products/sonarqube/")
        return ImportedReport(tools: [info], findings: findings)
    }

    static func finding(_ issue: SonarQubeReport.Issue, rule: SonarQubeReport.Rule?, path: String?, fingerprints: inout FingerprintMaker) -> Finding {
        let range = issue.textRange
        let start = max(1, range?.startLine ?? issue.line ?? 1)
        let location = path.map {
            Location(
                path: $0, startLine: start, startColumn: max(0, range?.startOffset ?? 0) + 1, endLine: max(start, range?.endLine ?? start),
                endColumn: max(0, range?.endOffset ?? 0) + 1)
        }
        let title = rule?.name ?? issue.description ?? issue.message ?? issue.rule
        let type = issue.type?.lowercased().replacingOccurrences(of: "_", with: "-")
        let hotspot = type == "security-hotspot" || issue.status == "TO_REVIEW"
        let tags = Array(Set((issue.tags ?? []) + [type ?? "", hotspot ? "security-hotspot" : ""].filter { !$0.isEmpty })).sorted()
        return Finding(
            ruleId: issue.rule, tool: "sonarqube", kind: .code, severity: severity(issue),
            confidence: hotspot ? .low : type == "vulnerability" ? .high : .medium, title: String(title.prefix(300)),
            message: issue.message ?? title, cwe: cweIDs(rule?.htmlDesc ?? ""), location: location, tags: tags,
            fingerprint: fingerprints.make(tool: "sonarqube", ruleID: issue.rule, path: path ?? "", content: issue.hash ?? issue.message ?? title))
    }

    /// The file path: the web API's component path, else the component key without its `project:` prefix.
    static func filePath(_ issue: SonarQubeReport.Issue, paths: [String: String], project: String?) -> String? {
        guard let component = issue.component else { return nil }
        if let path = paths[component] { return ImportSupport.relativePath(path) }
        for prefix in [issue.project, project].compactMap({ $0 }) where component.hasPrefix(prefix + ":") {
            return ImportSupport.relativePath(String(component.dropFirst(prefix.count + 1)))
        }
        return ImportSupport.relativePath(component)
    }

    /// SonarQube 10.2+ impacts (the security impact when there is one, else the highest):
    /// BLOCKER → critical, HIGH → high, MEDIUM → medium, LOW → low, INFO → info. Older issues'
    /// severity, as SonarQube ranks them: BLOCKER → critical, CRITICAL → high, MAJOR → medium,
    /// MINOR → low, INFO → info.
    static func severity(_ issue: SonarQubeReport.Issue) -> Severity {
        let impacts = (issue.impacts ?? []).compactMap { impact -> (String, Severity)? in
            guard let severity = impactSeverity(impact.severity) else { return nil }
            return (impact.softwareQuality?.uppercased() ?? "", severity)
        }
        if let security = impacts.filter({ $0.0 == "SECURITY" }).map(\.1).max() { return security }
        if let highest = impacts.map(\.1).max() { return highest }
        switch issue.severity?.uppercased() {
        case "BLOCKER": return .critical
        case "CRITICAL": return .high
        case "MINOR": return .low
        case "INFO": return .info
        default: return .medium
        }
    }

    static func impactSeverity(_ text: String?) -> Severity? {
        switch text?.uppercased() {
        case "BLOCKER": .critical
        case "HIGH": .high
        case "MEDIUM": .medium
        case "LOW": .low
        case "INFO": .info
        default: nil
        }
    }

    /// CWE ids a rule description links to (`cwe.mitre.org/data/definitions/352`) or names (`CWE-352`).
    static func cweIDs(_ html: String) -> [Int] {
        var tags: [String] = []
        for marker in ["cwe.mitre.org/data/definitions/", "CWE-"] {
            var rest = Substring(html)
            while let range = rest.range(of: marker) {
                rest = rest[range.upperBound...]
                tags.append("CWE-" + rest.prefix { $0.isNumber })
            }
        }
        return ImportSupport.cweIDs(in: tags)
    }
}
