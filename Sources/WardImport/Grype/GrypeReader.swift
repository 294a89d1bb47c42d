import Foundation
import WardCore

/// Grype's JSON output (`grype -o json`): one finding per match of a vulnerability and a package.
public enum GrypeReader: ReportReader {
    public static let id = "grype"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"matches\"") && (text.contains("\"relatedVulnerabilities\"") || text.contains("\"matchDetails\"") || text.contains("\"grype\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(GrypeReport.self, from: data, path: path, reader: id)
        var fingerprints = FingerprintMaker()
        let image = report.source?.type == "image"
        let findings = report.matches.map { finding($0, image: image).make(&fingerprints) }
        let tool = ToolInfo(name: id, version: report.descriptor?.version ?? "", informationUri: "https://github.com/anchore/grype")
        return ImportedReport(tools: [tool], findings: findings)
    }

    static func finding(_ match: GrypeReport.Match, image: Bool) -> DependencyFinding {
        let vuln = match.vulnerability
        let artifact = match.artifact
        let related = match.relatedVulnerabilities ?? []
        let cvss = (vuln.cvss ?? []) + related.flatMap { $0.cvss ?? [] }
        let best = cvss.first { $0.version?.hasPrefix("3") == true } ?? cvss.first { $0.version?.hasPrefix("4") == true }
        let purl = artifact.purl ?? OSVEcosystem.purl(ecosystem: artifact.type, name: artifact.name, version: artifact.version)
        let osPackage = ["deb", "rpm", "apk"].contains(artifact.type ?? "")
        let description = vuln.description ?? related.lazy.compactMap(\.description).first
        let fixed = vuln.fix?.state == "fixed" ? vuln.fix?.versions ?? [] : []
        let title = "\(vuln.id) in \(artifact.name) \(artifact.version ?? "")".trimmingCharacters(in: .whitespaces)
        return DependencyFinding(
            tool: id, ruleID: vuln.id, advisoryID: vuln.id, aliases: related.map(\.id),
            component: ComponentReference(purl: purl, name: artifact.name, version: artifact.version ?? "", ecosystem: OSVEcosystem.of(purl: purl)),
            severity: severity(vuln.severity, score: best?.metrics?.baseScore), title: title, message: description ?? title,
            summary: description.map { String($0.prefix(300)) }, fixedVersions: fixed,
            cvssVector: best?.vector, cvssScore: best?.metrics?.baseScore, url: vuln.dataSource ?? vuln.urls?.first,
            path: osPackage ? nil : artifact.locations?.first?.path,
            remediation: vuln.fix?.state == "wont-fix" ? "The distribution will not fix this; consider another base image or package." : nil,
            tags: [artifact.type ?? "", vuln.namespace ?? ""], kind: osPackage && image ? .container : .dependency)
    }

    /// Grype's levels: Critical → critical, High → high, Medium → medium, Low → low,
    /// Negligible → info; Unknown → from the CVSS base score when there is one, else medium.
    static func severity(_ level: String?, score: Double?) -> Severity {
        switch level?.lowercased() {
        case "critical": .critical
        case "high": .high
        case "medium": .medium
        case "low": .low
        case "negligible": .info
        default: score.map(ImportSupport.severity(cvss:)) ?? .medium
        }
    }
}
