import Foundation
import WardCore

/// OWASP dependency-check's reports, XML (`--format XML`) and JSON (`--format JSON`): one reader
/// for both, as the two carry the same model. Suppressed vulnerabilities are not findings.
public enum DependencyCheckReader: ReportReader {
    public static let id = "dependency-check"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data, limit: 4096)
        let xml = text.contains("<analysis") && text.lowercased().contains("dependency-check")
        let json = text.contains("\"reportSchema\"") && text.contains("\"scanInfo\"") && text.contains("\"engineVersion\"")
        return xml || json
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report: DependencyCheckReport
        if ImportSupport.head(data, limit: 512).trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<") {
            do {
                report = DependencyCheckReport(xml: try XMLElementNode.parse([UInt8](data), path: path))
            } catch {
                throw ReportReadError(path: path, reader: id, reason: error.description)
            }
        } else {
            report = try ImportSupport.decode(DependencyCheckReport.self, from: data, path: path, reader: id)
        }
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        for dependency in report.dependencies ?? [] {
            let component = component(of: dependency)
            for vuln in dependency.vulnerabilities ?? [] {
                findings.append(finding(vuln, dependency: dependency, component: component).make(&fingerprints))
            }
        }
        let tool = ToolInfo(name: id, version: report.scanInfo?.engineVersion ?? "", informationUri: "https://owasp.org/www-project-dependency-check/")
        return ImportedReport(tools: [tool], findings: findings)
    }

    /// The dependency's most confident purl, else a generic purl from its product and version evidence.
    static func component(of dependency: DependencyCheckReport.Dependency) -> ComponentReference {
        let ranks = ["HIGHEST": 3, "HIGH": 2, "MEDIUM": 1]
        let packages = (dependency.packages ?? []).sorted { ranks[$0.confidence ?? "", default: 0] > ranks[$1.confidence ?? "", default: 0] }
        if let purl = packages.lazy.compactMap({ PackageURL($0.id) }).first {
            let name = purl.namespace.map { purl.type == "maven" ? $0 + ":" + purl.name : $0 + "/" + purl.name } ?? purl.name
            return ComponentReference(purl: purl.description, name: name, version: purl.version ?? "", ecosystem: OSVEcosystem.of(purl: purl.description))
        }
        let evidence = dependency.evidenceCollected
        let name = evidence?.productEvidence?.lazy.compactMap(\.value).first ?? dependency.fileName ?? "unknown"
        let version = evidence?.versionEvidence?.first { $0.name == "version" }?.value ?? ""
        return ComponentReference(purl: OSVEcosystem.purl(ecosystem: nil, name: name, version: version), name: name, version: version, ecosystem: "")
    }

    static func finding(_ vuln: DependencyCheckReport.Vulnerability, dependency: DependencyCheckReport.Dependency, component: ComponentReference) -> DependencyFinding {
        let description = vuln.description?.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let fixed = (vuln.vulnerableSoftware ?? []).compactMap { $0.software?.vulnerabilityIdMatched == "true" ? $0.software?.versionEndExcluding : nil }
        let urls = (vuln.references ?? []).compactMap(\.url)
        let score = vuln.cvssv3?.baseScore ?? vuln.cvssv2?.score
                let title = "\(vuln.name) in \(component.name)" + (component.version.isEmpty ? "" : " \(component.version)")
        let path = dependency.filePath.map { $0.split(whereSeparator: \.isNewline).joined().trimmingCharacters(in: .whitespaces) }
        return DependencyFinding(
            tool: id, ruleID: vuln.name, advisoryID: vuln.name, aliases: DependencyFinding.advisoryIDs(inURLs: urls),
            component: component, severity: severity(vuln.severity, score: score), title: title, message: description ?? title,
            summary: description.map { String($0.prefix(300)) }, fixedVersions: fixed,
            cvssVector: vuln.cvssv3?.vector, cvssScore: score,
            url: vuln.name.hasPrefix("CVE-") ? "https://nvd.nist.gov/vuln/detail/\(vuln.name)" : urls.first,
            cwe: ImportSupport.cweIDs(in: vuln.cwes ?? []), path: path,
            tags: [vuln.source ?? "", dependency.isVirtual == true ? "virtual" : ""])
    }

    /// dependency-check's severity words: CRITICAL → critical, HIGH → high, MEDIUM/MODERATE →
    /// medium, LOW → low, INFO → info; without a word, the CVSS v3 (else v2) score; else medium.
    static func severity(_ word: String?, score: Double?) -> Severity {
        switch word?.trimmingCharacters(in: .whitespaces).uppercased() {
        case "CRITICAL": .critical
        case "HIGH": .high
        case "MEDIUM", "MODERATE": .medium
        case "LOW": .low
        case "INFO", "INFORMATIONAL": .info
        default: score.map(ImportSupport.severity(cvss:)) ?? .medium
        }
    }
}
