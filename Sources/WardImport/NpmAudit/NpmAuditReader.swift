import Foundation
import WardCore

/// `npm audit --json`, both npm 6 (`advisories`) and npm 7+ (`auditReportVersion` 2, `vulnerabilities`).
public enum NpmAuditReader: ReportReader {
    public static let id = "npm-audit"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        let v6 = text.contains("\"advisories\"") && (text.contains("\"module_name\"") || text.contains("\"muted\"") || text.contains("\"actions\""))
        let v7 = text.contains("\"auditReportVersion\"") && text.contains("\"vulnerabilities\"")
        return v6 || v7
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(NpmAuditReport.self, from: data, path: path, reader: id)
        guard report.advisories != nil || report.vulnerabilities != nil else {
            throw ReportReadError(path: path, reader: id, reason: "neither 'advisories' (npm 6) nor 'vulnerabilities' (npm 7+) is present")
        }
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        // Dictionaries have no order: sort by key so that the same report always reads the same.
        for (_, advisory) in (report.advisories ?? [:]).sorted(by: { (Int($0.key) ?? 0, $0.key) < (Int($1.key) ?? 0, $1.key) }) {
            let versions = Set((advisory.findings ?? []).map(\.version)).sorted()
            for version in versions.isEmpty ? [""] : versions {
                findings.append(legacy(advisory, version: version, occurrences: advisory.findings ?? []).make(&fingerprints))
            }
        }
        for (_, vulnerability) in (report.vulnerabilities ?? [:]).sorted(by: { $0.key < $1.key }) {
            for case .advisory(let advisory) in vulnerability.via ?? [] {
                findings.append(current(vulnerability, advisory: advisory).make(&fingerprints))
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://docs.npmjs.com/cli/commands/npm-audit")], findings: findings)
    }

    /// An npm 6 advisory at one installed version. Its advisory id is the GHSA id when npm gave
    /// one, else the first CVE, else `NPM-<number>`; the rule id is npm's advisory number.
    static func legacy(_ advisory: NpmAuditReport.Advisory, version: String, occurrences: [NpmAuditReport.Occurrence]) -> DependencyFinding {
        let number = "NPM-\(advisory.id)"
        let cves = advisory.cves ?? []
        let advisoryID = advisory.githubAdvisoryID ?? cves.first ?? number
        let here = occurrences.filter { $0.version == version }
        let paths = here.flatMap { $0.paths ?? [] }
        let direct = paths.isEmpty ? nil : paths.contains { !$0.contains(">") }
        let purl = OSVEcosystem.purl(ecosystem: "npm", name: advisory.moduleName, version: version)
        let title = advisory.title ?? number
        let patched = advisory.patchedVersions.flatMap { $0.hasPrefix(">=") ? $0.dropFirst(2).trimmingCharacters(in: .whitespaces) : nil }
        return DependencyFinding(
            tool: id, ruleID: String(advisory.id), advisoryID: advisoryID, aliases: cves + [number, advisory.githubAdvisoryID ?? ""],
            component: ComponentReference(purl: purl, name: advisory.moduleName, version: version, ecosystem: "npm", direct: direct),
            severity: severity(advisory.severity), title: title,
            message: (advisory.overview ?? title) + (paths.isEmpty ? "" : "\nPaths: " + paths.joined(separator: ", ")),
            summary: title, fixedVersions: patched.map { [$0] } ?? [], url: advisory.url,
            cwe: ImportSupport.cweIDs(in: advisory.cwe?.ids ?? []), remediation: advisory.recommendation,
            tags: here.contains { $0.dev == true } ? ["dev"] : [])
    }

    /// An npm 7+ advisory on a package; its id is the GHSA id at the end of the advisory URL.
    static func current(_ vulnerability: NpmAuditReport.Vulnerability, advisory: NpmAuditReport.ViaAdvisory) -> DependencyFinding {
        let ghsa = advisory.url?.split(separator: "/").last.map(String.init).flatMap { $0.hasPrefix("GHSA-") ? $0 : nil }
        let advisoryID = ghsa ?? advisory.source.map { "NPM-\($0)" } ?? "unknown"
        let name = advisory.name ?? vulnerability.name
        let purl = OSVEcosystem.purl(ecosystem: "npm", name: name, version: nil)
        let title = advisory.title ?? advisoryID
        var remediation: String?
        if let fix = vulnerability.fixAvailable, fix.available {
            if let fixName = fix.name, let fixVersion = fix.version {
                remediation = "Upgrade \(fixName) to \(fixVersion)" + (fix.isSemVerMajor == true ? " (a major version change)." : ".")
            } else {
                remediation = "Run `npm audit fix`."
            }
        }
        let score = advisory.cvss?.score.flatMap { $0 > 0 ? $0 : nil }
        let nodes = vulnerability.nodes ?? []
        return DependencyFinding(
            tool: id, ruleID: advisoryID, advisoryID: advisoryID, aliases: advisory.source.map { ["NPM-\($0)"] } ?? [],
            component: ComponentReference(purl: purl, name: name, version: "", ecosystem: "npm", direct: vulnerability.isDirect),
            severity: severity(advisory.severity ?? vulnerability.severity), title: title,
            message: "\(name) \(advisory.range ?? vulnerability.range ?? "") is affected: \(title)" + (nodes.isEmpty ? "" : "\nInstalled at: " + nodes.joined(separator: ", ")),
            summary: title, cvssVector: advisory.cvss?.vectorString.flatMap { $0.isEmpty ? nil : $0 }, cvssScore: score,
            url: advisory.url, cwe: ImportSupport.cweIDs(in: advisory.cwe?.ids ?? []), remediation: remediation)
    }

    /// npm's levels: critical → critical, high → high, moderate → medium, low → low, info → info.
    static func severity(_ level: String?) -> Severity {
        switch level?.lowercased() {
        case "critical": .critical
        case "high": .high
        case "low": .low
        case "info": .info
        default: .medium
        }
    }
}
