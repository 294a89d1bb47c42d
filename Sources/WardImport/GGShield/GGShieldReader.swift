import Foundation
import WardCore

/// GitGuardian ggshield JSON reports, path or commit-range scans: one finding per incident (secret).
public enum GGShieldReader: ReportReader {
    public static let id = "ggshield"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        return text.contains("\"total_incidents\"") && text.contains("\"total_occurrences\"")
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let report = try ImportSupport.decode(GGShieldReport.self, from: data, path: path, reader: id)
        var maker = FingerprintMaker()
        var findings: [Finding] = []
        for entity in report.entitiesWithIncidents ?? [] {
            for incident in entity.incidents ?? [] {
                findings.append(finding(incident, file: entity.filename, commit: nil, maker: &maker))
            }
        }
        for scan in report.scans ?? [] {
            let commit = scan.id.flatMap { $0.isEmpty ? nil : $0 }.map {
                GitProvenance(commit: $0, author: scan.extraInfo?.author ?? "", email: scan.extraInfo?.email ?? "", date: scan.extraInfo?.date ?? "")
            }
            for entity in scan.entitiesWithIncidents ?? [] {
                for incident in entity.incidents ?? [] {
                    findings.append(finding(incident, file: entity.filename, commit: commit, maker: &maker))
                }
            }
        }
        return ImportedReport(tools: [ToolInfo(name: id, version: "", informationUri: "https://github.com/GitGuardian/ggshield")], findings: findings)
    }

    static func finding(_ incident: GGShieldReport.Incident, file: String?, commit: GitProvenance?, maker: inout FingerprintMaker) -> Finding {
        let path = ImportSupport.relativePath(file) ?? ""
        let occurrences = incident.occurrences ?? []
        // An incident's parts (e.g. a key id and its secret) may sit on several lines: cover them all.
        let starts = occurrences.compactMap { $0.lineStart ?? $0.postLineStart ?? $0.preLineStart }
        let ends = occurrences.compactMap { $0.lineEnd ?? $0.lineStart ?? $0.postLineStart ?? $0.preLineStart }
        let line = max(starts.min() ?? 1, 1)
        let endLine = max(ends.max() ?? line, line)
        let parts = Array(Set(occurrences.compactMap(\.type))).sorted()
        let validity = incident.validity ?? "not_checked"
        let partsText = parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
        return Finding(
            ruleId: incident.type, tool: id, kind: .secret, severity: severity(incident), confidence: validity == "valid" ? .high : .medium,
            title: incident.type, message: "\(incident.type)\(partsText) found in \(path), validity: \(validity)",
            location: path.isEmpty ? nil : Location(path: path, startLine: line, startColumn: 1, endLine: endLine, endColumn: 1),
            remediation: incident.incidentURL.flatMap { $0.isEmpty ? nil : "Follow the incident at \($0)" },
            tags: [incident.policy, "validity:" + validity].compactMap { $0 }.sorted(),
            fingerprint: maker.make(tool: id, ruleID: incident.type, path: path, content: incident.ignoreSHA ?? ""),
            commit: commit)
    }

    /// ggshield's own `severity` (critical, high, medium, low, info) when the report has it; otherwise
    /// by validity: `valid` (the secret works) → `critical`, any other state → `high`.
    static func severity(_ incident: GGShieldReport.Incident) -> Severity {
        if let level = incident.severity, let severity = Severity(parsing: level) { return severity }
        return incident.validity == "valid" ? .critical : .high
    }
}
