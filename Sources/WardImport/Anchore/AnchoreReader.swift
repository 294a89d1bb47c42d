import Foundation
import WardCore

/// Anchore Engine's image vulnerability report (`anchore-cli --json image vuln <image> all`).
public enum AnchoreReader: ReportReader {
    public static let id = "anchore"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"imageDigest\"") && (text.contains("\"vulnerability_type\"") || text.contains("\"feed_group\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(AnchoreReport.self, from: data, path: path, reader: id)
        var fingerprints = FingerprintMaker()
        let findings = report.vulnerabilities.map { finding($0).make(&fingerprints) }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/anchore/anchore-engine")], findings: findings)
    }

    /// `"None"` and empty strings are Anchore's way of saying "absent".
    static func present(_ value: String?) -> String? {
        guard let value, !value.isEmpty, value != "None" else { return nil }
        return value
    }

    static func finding(_ vuln: AnchoreReport.Vulnerability) -> DependencyFinding {
        let name = present(vuln.packageName) ?? present(vuln.package) ?? "unknown"
        let version = present(vuln.packageVersion) ?? ""
        let type = present(vuln.packageType)?.lowercased()
        let distro = present(vuln.feedGroup)?.split(separator: ":").first.map(String.init)
        let osPackage = ["dpkg", "rpm", "apk"].contains(type ?? "")
        let ecosystem: String? = switch type {
        case "dpkg": distro == "ubuntu" ? "Ubuntu" : "Debian"
        case "apk": "Alpine"
        case "rpm": "Red Hat"
        default: OSVEcosystem.named(type)
        }
        let purl = OSVEcosystem.purl(ecosystem: ecosystem, name: name, version: version, distro: osPackage ? distro : nil)
        let score = vuln.nvdData?.lazy.compactMap { $0.cvssV3?.baseScore }.first { $0 > 0 }
        let fix = present(vuln.fix)
        return DependencyFinding(
            tool: id, ruleID: vuln.vuln, advisoryID: vuln.vuln,
            component: ComponentReference(purl: purl, name: name, version: version, ecosystem: ecosystem ?? ""),
            severity: severity(vuln.severity, score: score), title: "\(vuln.vuln) in \(name) \(version)".trimmingCharacters(in: .whitespaces),
            message: "\(name) \(version) is affected by \(vuln.vuln) (feed \(present(vuln.feedGroup) ?? present(vuln.feed) ?? "unknown")).",
            fixedVersions: fix.map { [$0] } ?? [], cvssScore: score, url: present(vuln.url),
            path: osPackage ? nil : present(vuln.packagePath), tags: [type ?? "", present(vuln.feedGroup) ?? ""],
            kind: osPackage ? .container : .dependency)
    }

    /// Anchore's levels: Critical → critical, High → high, Medium → medium, Low → low,
    /// Negligible → info; Unknown → from the NVD CVSS v3 score when there is one, else medium.
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
