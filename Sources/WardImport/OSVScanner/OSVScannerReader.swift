import Foundation
import WardCore

/// osv-scanner's JSON output (`--format json`): one finding per group of aliased vulnerabilities of a package.
public enum OSVScannerReader: ReportReader {
    public static let id = "osv-scanner"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        let packages = text.contains("\"packages\"") && (text.contains("\"source\"") || text.contains("\"groups\""))
        return text.contains("\"results\"") && (packages || text.contains("\"experimental_config\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(OSVScannerReport.self, from: data, path: path, reader: id)
        var fingerprints = FingerprintMaker()
        var findings: [Finding] = []
        for result in report.results {
            for package in result.packages ?? [] {
                for group in groups(of: package) {
                    findings.append(finding(group, package: package, source: result.source?.path).make(&fingerprints))
                }
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://google.github.io/osv-scanner/")], findings: findings)
    }

    /// The tool's groups when it wrote them, else one group per vulnerability (older versions).
    static func groups(of package: OSVScannerReport.Package) -> [(ids: [String], aliases: [String], maxSeverity: String?, vulns: [OSVScannerReport.Vulnerability])] {
        let vulns = package.vulnerabilities ?? []
        guard let groups = package.groups, !groups.isEmpty else {
            return vulns.map { ([$0.id], $0.aliases ?? [], nil, [$0]) }
        }
        return groups.compactMap { group in
            let members = vulns.filter { group.ids.contains($0.id) }
            guard !group.ids.isEmpty else { return nil }
            return (group.ids, group.aliases ?? [], group.maxSeverity, members)
        }
    }

    static func finding(
        _ group: (ids: [String], aliases: [String], maxSeverity: String?, vulns: [OSVScannerReport.Vulnerability]),
        package: OSVScannerReport.Package, source: String?
    ) -> DependencyFinding {
        let info = package.package
        let id = group.ids[0]
        let main = group.vulns.first { $0.id == id } ?? group.vulns.first
        let ecosystem = OSVEcosystem.named(info.ecosystem) ?? info.ecosystem ?? ""
        let purl = OSVEcosystem.purl(ecosystem: ecosystem, name: info.name, version: info.version)
        let aliases = group.ids + group.aliases + group.vulns.flatMap { $0.aliases ?? [] }
        let vector = group.vulns.lazy.compactMap { $0.severity?.first { $0.type.hasPrefix("CVSS_V3") }?.score }.first
        let fixed = group.vulns.flatMap { fixedVersions($0, package: info.name) }
        let tags = group.vulns.flatMap { $0.databaseSpecific?.cweIDs ?? [] }
        let title = main?.summary ?? id
        return DependencyFinding(
            tool: Self.id, ruleID: id, advisoryID: id, aliases: aliases,
            component: ComponentReference(purl: purl, name: info.name, version: info.version ?? "", ecosystem: ecosystem),
            severity: severity(group.vulns.compactMap { $0.databaseSpecific?.severity }, maxScore: group.maxSeverity),
            title: title, message: main?.details ?? title, summary: main?.summary,
            fixedVersions: fixed,
            cvssVector: vector, cvssScore: group.maxSeverity.flatMap(Double.init),
            url: "https://osv.dev/vulnerability/\(id)", cwe: ImportSupport.cweIDs(in: tags), path: source)
    }

    /// Versions in the `fixed` events of the ranges that concern this package.
    static func fixedVersions(_ vuln: OSVScannerReport.Vulnerability, package name: String) -> [String] {
        let affected = (vuln.affected ?? []).filter { $0.package?.name == nil || $0.package?.name.lowercased() == name.lowercased() }
        return affected.flatMap { ($0.ranges ?? []).flatMap { ($0.events ?? []).compactMap(\.fixed) } }
    }

    /// osv-scanner's `max_severity` (a CVSS score) when present, else the strongest GitHub word
    /// among the group's records: CRITICAL → critical, HIGH → high, MODERATE/MEDIUM → medium,
    /// LOW → low; unrated records (most PYSEC, GO) → medium, as osv-scanner itself shows no rating.
    static func severity(_ words: [String], maxScore: String?) -> Severity {
        if let score = maxScore.flatMap(Double.init) { return ImportSupport.severity(cvss: score) }
        let levels = words.compactMap { word -> Severity? in
            switch word.uppercased() {
            case "CRITICAL": .critical
            case "HIGH": .high
            case "MODERATE", "MEDIUM": .medium
            case "LOW": .low
            default: nil
            }
        }
        return levels.max() ?? .medium
    }
}
