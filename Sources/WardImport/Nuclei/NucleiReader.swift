import Foundation
import WardCore

/// Nuclei results, JSON Lines (`-jsonl`, `-json` before v3) or a JSON list (`-json-export`): one
/// finding per result, that is per template, matcher and matched URL. HTTP results carry the
/// request's method; DNS, SSL and network results carry the protocol (`DNS`, `SSL`) as method.
public enum NucleiReader: ReportReader {
    public static let id = "nuclei"

    public static func detect(_ data: Data) -> Bool {
        let text = ImportSupport.head(data)
        guard text.contains("\"template-id\"") || text.contains("\"templateID\"") else { return false }
        return text.contains("\"info\"") && (text.contains("\"matched-at\"") || text.contains("\"matched\"") || text.contains("\"host\""))
    }

    public static func read(_ data: Data, path: String) throws -> ImportedReport {
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let results = first == UInt8(ascii: "[")
            ? try ImportSupport.decode([NucleiResult].self, from: data, path: path, reader: id)
            : try ImportSupport.decodeLines(NucleiResult.self, from: data, path: path, reader: id)
        var fingerprints = FingerprintMaker()
        let findings = results.map { finding($0, fingerprints: &fingerprints) }
        return ImportedReport(tools: [ToolInfo(name: "nuclei", version: "", informationUri: "https://github.com/projectdiscovery/nuclei")], findings: findings)
    }

    static func finding(_ result: NucleiResult, fingerprints: inout FingerprintMaker) -> Finding {
        let info = result.info
        let title = info?.name ?? result.templateID
        let url = result.matchedAt ?? result.host ?? ""
        let method = method(result)
        var message = info?.description?.trimmingCharacters(in: .whitespacesAndNewlines) ?? title
        if let matcher = result.matcherName, !matcher.isEmpty { message += "\nMatcher: \(matcher)" }
        let classification = info?.classification
        // Templates write `cve-2021-41773`; advisories everywhere else use the upper-case form.
        let cves = (classification?.cveIDs ?? []).map { $0.uppercased() }
        let advisory = classification.flatMap { classification in
            cves.first.map {
                AdvisoryReference(id: $0, aliases: Array(cves.dropFirst()).sorted(), summary: info?.name,
                    cvssVector: classification.cvssMetrics, cvssScore: classification.cvssScore, url: info?.reference.first)
            }
        }
        // Extracted values can be tokens the template found exposed: they feed the fingerprint only.
        let content = "\(method) \(url) \(result.matcherName ?? "") \((result.extractedResults ?? []).joined(separator: ","))"
        return Finding(
            ruleId: result.templateID, tool: "nuclei", kind: .dynamic, severity: severity(info?.severity), confidence: .medium,
            title: String(title.prefix(300)), message: message, cwe: ImportSupport.cweIDs(in: classification?.cweIDs ?? []),
            remediation: info?.remediation?.trimmingCharacters(in: .whitespacesAndNewlines), tags: (info?.tags ?? []).sorted(),
            fingerprint: fingerprints.make(tool: "nuclei", ruleID: result.templateID, path: "", content: content),
            advisory: advisory, endpoint: Endpoint(method: method, url: url))
    }

    /// The HTTP method from the raw request's first word; the protocol name for other result types.
    static func method(_ result: NucleiResult) -> String {
        let type = result.type?.lowercased() ?? "http"
        guard type == "http" || type == "headless" else { return type.uppercased() }
        let word = result.request?.prefix(16).prefix { $0.isLetter && $0.isUppercase } ?? ""
        return word.isEmpty ? "GET" : String(word)
    }

    /// Nuclei severities: critical, high, medium, low → the same; info and unknown → info.
    static func severity(_ text: String?) -> Severity {
        switch text?.lowercased() {
        case "critical": .critical
        case "high": .high
        case "medium": .medium
        case "low": .low
        default: .info
        }
    }
}
