import Foundation
import WardCore

/// pip-audit's JSON output (`pip-audit -f json`): one finding per vulnerability of a dependency.
public enum PipAuditReader: ReportReader {
    public static let id = "pip-audit"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"vulns\"") && (text.contains("\"dependencies\"") || text.hasPrefix("[")) && !text.contains("\"auditReportVersion\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(PipAuditReport.self, from: data, path: path, reader: id)
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        for dependency in report.dependencies {
            for vuln in dependency.vulns ?? [] {
                findings.append(finding(vuln, dependency: dependency).make(&fingerprints))
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/pypa/pip-audit")], findings: findings)
    }

    static func finding(_ vuln: PipAuditReport.Vulnerability, dependency: PipAuditReport.Dependency) -> DependencyFinding {
        let version = dependency.version ?? ""
        let purl = OSVEcosystem.purl(ecosystem: "PyPI", name: dependency.name, version: version)
        let description = vuln.description ?? ""
        let title = "\(vuln.id) in \(dependency.name) \(version)".trimmingCharacters(in: .whitespaces)
        return DependencyFinding(
            tool: id, ruleID: vuln.id, advisoryID: vuln.id, aliases: vuln.aliases ?? [],
            component: ComponentReference(purl: purl, name: dependency.name, version: version, ecosystem: "PyPI"),
            severity: severity, title: title, message: description.isEmpty ? title : description,
            summary: description.isEmpty ? nil : String(description.prefix(300)), fixedVersions: vuln.fixVersions ?? [],
            url: "https://osv.dev/vulnerability/\(vuln.id)")
    }

    /// pip-audit reports no severity (the PyPI advisory database rates none): every finding is
    /// medium, for Ward's correlation to raise when another tool rates the same advisory.
    static let severity = Severity.medium
}
