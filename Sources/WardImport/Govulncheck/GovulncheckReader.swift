import Foundation
import WardCore

/// `govulncheck -json` (protocol v1): a stream of config, progress, osv and finding messages. One
/// Ward finding per vulnerability and module, at the most precise level govulncheck reached.
public enum GovulncheckReader: ReportReader {
    public static let id = "govulncheck"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data, limit: 4096)
        return text.contains("\"protocol_version\"") && text.contains("\"config\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let bytes = [UInt8](data)
        guard let ranges = GovulncheckStream.values(in: bytes) else {
            throw ReportReadError(path: path, reader: id, reason: "not a JSON stream of objects (truncated or unbalanced)")
        }
        var messages: [GovulncheckMessage] = []
        for (index, range) in ranges.enumerated() {
            do {
                messages.append(try JSONDecoder().decode(GovulncheckMessage.self, from: Data(bytes[range])))
            } catch {
                throw ReportReadError(path: path, reader: id, reason: "message \(index + 1): \(ImportSupport.describe(error))")
            }
        }
        guard let config = messages.lazy.compactMap(\.config).first else {
            throw ReportReadError(path: path, reader: id, reason: "no config message")
        }
        let records = Dictionary(messages.compactMap(\.osv).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var best: [String: GovulncheckMessage.Finding] = [:]
        var order: [String] = []
        for finding in messages.compactMap(\.finding) {
            let key = finding.osv + "|" + (finding.trace?.first?.module ?? "")
            if let kept = best[key] {
                if level(finding) > level(kept) { best[key] = finding }
            } else {
                best[key] = finding
                order.append(key)
            }
        }
        var fingerprints = FingerprintMaker()
        let findings = order.compactMap { best[$0] }.map { make($0, record: records[$0.osv]).make(&fingerprints) }
        let tool = ToolInfo(name: id, version: config.scannerVersion ?? "", informationUri: "https://go.dev/security/vuln")
        return ImportedReport(tools: [tool], findings: findings)
    }

    /// How precisely govulncheck placed the vulnerability: 2 a vulnerable function is called,
    /// 1 a vulnerable package is imported, 0 the module is only required.
    static func level(_ finding: GovulncheckMessage.Finding) -> Int {
        guard let first = finding.trace?.first else { return 0 }
        if first.function != nil { return 2 }
        return first.package != nil ? 1 : 0
    }

    static func make(_ finding: GovulncheckMessage.Finding, record: GovulncheckMessage.OSV?) -> DependencyFinding {
        let trace = finding.trace ?? []
        let module = trace.first?.module ?? "unknown"
        let version = trace.first?.version ?? ""
        let purl = OSVEcosystem.purl(ecosystem: "Go", name: module, version: version)
        let reach = level(finding)
        let summary = record?.summary
        var message = record?.details ?? summary ?? finding.osv
        if reach == 2, let vulnerable = trace.first, let caller = trace.last {
            message += "\nReached: \(symbol(caller)) calls \(symbol(vulnerable))."
        }
        let entry = trace.last { $0.position?.filename != nil }?.position
        let fixed = finding.fixedVersion.map { [$0] } ?? []
        var result = DependencyFinding(
            tool: id, ruleID: finding.osv, advisoryID: finding.osv, aliases: record?.aliases ?? [],
            component: ComponentReference(purl: purl, name: module, version: version, ecosystem: "Go"),
            severity: severity(level: reach), confidence: reach == 2 ? .high : .medium,
            title: summary ?? finding.osv, message: message, summary: summary, fixedVersions: fixed,
            url: record?.databaseSpecific?.url ?? "https://pkg.go.dev/vuln/\(finding.osv)",
            tags: [["module", "package", "symbol"][reach]])
        if let file = entry?.filename, reach == 2 {
            result.path = file
            result.line = entry?.line
        }
        return result
    }

    static func symbol(_ frame: GovulncheckMessage.Frame) -> String {
        let receiver = frame.receiver.map { "(\($0))." } ?? ""
        return (frame.package ?? frame.module ?? "") + "." + receiver + (frame.function ?? "")
    }

    /// The Go vulnerability database rates no severity, so Ward rates reachability instead: a
    /// called vulnerable function → high, an imported vulnerable package → medium, a required
    /// module whose vulnerable code is never used → low.
    static func severity(level: Int) -> Severity {
        switch level {
        case 2: .high
        case 1: .medium
        default: .low
        }
    }
}
