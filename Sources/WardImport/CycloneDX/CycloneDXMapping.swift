import WardCore

/// Maps one CycloneDX vulnerability on one component to a dependency finding.
enum CycloneDXMapping {
    static func finding(_ vuln: CycloneDXBOM.Vulnerability, component: ComponentReference, tool: String) -> DependencyFinding {
        let id = vuln.id ?? vuln.bomRef ?? "unknown"
        let ratings = vuln.ratings ?? []
        let cvss = ratings.first { ($0.method ?? "").hasPrefix("CVSSv3") && $0.vector != nil } ?? ratings.first { ($0.method ?? "").hasPrefix("CVSSv3") }
        let description = vuln.description ?? vuln.detail
        let title = "\(id) in \(component.name)" + (component.version.isEmpty ? "" : " \(component.version)")
        return DependencyFinding(
            tool: tool, ruleID: id, advisoryID: id, aliases: (vuln.references ?? []).map(\.id), component: component,
            severity: severity(ratings), title: title, message: [description, vuln.detail].compactMap { $0 }.uniqued().joined(separator: "\n\n"),
            summary: description.map { String($0.prefix(300)) }, cvssVector: cvss?.vector, cvssScore: cvss?.score,
            url: vuln.source?.url ?? vuln.advisories?.first?.url, cwe: (vuln.cwes ?? []).filter { $0 > 0 }.sorted(),
            remediation: vuln.recommendation, tags: [vuln.source?.name ?? ""], analysis: analysis(vuln.analysis))
    }

    /// CycloneDX rating severities: critical → critical, high → high, medium → medium, low → low,
    /// info/none → info; the highest word among the ratings wins, else the highest score on the
    /// CVSS scale, else (`unknown` or no rating) medium.
    static func severity(_ ratings: [CycloneDXBOM.Rating]) -> Severity {
        let words = ratings.compactMap { rating -> Severity? in
            switch rating.severity?.lowercased() {
            case "critical": .critical
            case "high": .high
            case "medium": .medium
            case "low": .low
            case "info", "none": .info
            default: nil
            }
        }
        if let word = words.max() { return word }
        return ratings.compactMap(\.score).max().map(ImportSupport.severity(cvss:)) ?? .medium
    }

    /// CycloneDX VEX analysis states → Ward's: resolved → fixed, not_affected and false_positive
    /// → not affected, exploitable → affected, in_triage → under investigation.
    static func analysis(_ analysis: CycloneDXBOM.Analysis?) -> FindingAnalysis? {
        guard let state = analysis?.state else { return nil }
        let mapped: FindingAnalysis.State? = switch state {
        case "resolved", "resolved_with_pedigree": .fixed
        case "not_affected", "false_positive": .notAffected
        case "exploitable": .affected
        case "in_triage": .underInvestigation
        default: nil
        }
        return mapped.map { FindingAnalysis(state: $0, justification: analysis?.justification ?? analysis?.detail, source: "cyclonedx") }
    }
}

extension Array where Element == String {
    /// The strings in order, each once.
    fileprivate func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
