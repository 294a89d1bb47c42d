import Foundation
import WardCore

/// Snyk Open Source's JSON output (`snyk test --json`): one project object, or a list of them.
/// Snyk repeats a vulnerability once per dependency path; Ward keeps one finding per package.
public enum SnykReader: ReportReader {
    public static let id = "snyk"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"vulnerabilities\"") && text.contains("\"packageManager\"")
            && (text.contains("\"SNYK-") || text.contains("\"uniqueCount\"") || text.contains("\"dependencyCount\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let trimmed = data.first { !(0x20 == $0 || 0x0A == $0 || 0x0D == $0 || 0x09 == $0) }
        let projects = trimmed == UInt8(ascii: "[")
            ? try ImportSupport.decode([SnykReport].self, from: data, path: path, reader: id)
            : [try ImportSupport.decode(SnykReport.self, from: data, path: path, reader: id)]
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        for project in projects {
            var seen: Set<String> = []
            for vuln in project.vulnerabilities {
                let name = vuln.packageName ?? vuln.name ?? "unknown"
                guard seen.insert(vuln.id + "|" + name + "|" + (vuln.version ?? "")).inserted else { continue }
                findings.append(finding(vuln, project: project).make(&fingerprints))
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://snyk.io")], findings: findings)
    }

    static func finding(_ vuln: SnykReport.Vulnerability, project: SnykReport) -> DependencyFinding {
        let name = vuln.packageName ?? vuln.name ?? "unknown"
        let version = vuln.version ?? ""
        let ecosystem = OSVEcosystem.named(vuln.packageManager ?? project.packageManager) ?? ""
        let purl = OSVEcosystem.purl(ecosystem: ecosystem, name: name, version: version)
        let isLicense = vuln.type == "license"
        let ids = vuln.identifiers
        let upgrade = vuln.isUpgradable == true ? vuln.upgradePath?.compactMap(\.target).first : nil
        let title = vuln.title ?? vuln.id
        return DependencyFinding(
            tool: id, ruleID: vuln.id, advisoryID: vuln.id, aliases: (ids?.CVE ?? []) + (ids?.GHSA ?? []),
            component: ComponentReference(purl: purl, name: name, version: version, ecosystem: ecosystem, direct: vuln.from.map { $0.count <= 2 }),
            severity: severity(vuln.severityWithCritical ?? vuln.severity), title: title,
            message: vuln.description ?? title, summary: title, fixedVersions: vuln.fixedIn ?? [],
            cvssVector: vuln.CVSSv3, cvssScore: vuln.cvssScore, url: "https://security.snyk.io/vuln/\(vuln.id)",
            cwe: ImportSupport.cweIDs(in: ids?.CWE ?? []), path: project.displayTargetFile ?? project.targetFile,
            remediation: upgrade.map { "Upgrade \($0) (the direct dependency that brings in the fix)." },
            tags: isLicense ? ["license", vuln.license ?? ""] : [])
    }

    /// Snyk's levels: critical → critical, high → high, medium → medium, low → low.
    static func severity(_ level: String?) -> Severity {
        switch level?.lowercased() {
        case "critical": .critical
        case "high": .high
        case "low": .low
        default: .medium
        }
    }
}
