/// A threat model and its threats as Markdown, for pull requests and wikis.
public enum ThreatModelMarkdownReport {
    public static func render(_ model: ThreatModel, threats: [Threat]) -> String {
        let summary = ThreatModelSummary(model: model, threats: threats)
        let md = ReportText.markdown
        var out = "# Threat model: \(md(model.title))\n\n"
        if !model.version.isEmpty { out += "Version \(md(model.version)) · " }
        out += "`\(ReportText.codeSpan(model.path))` · \(summary.counts) (\(summary.severityCounts)).\n\n"
        out += "## Threats\n\n"
        if threats.isEmpty {
            out += "No threats found by the built-in rules.\n"
        } else {
            out += "| # | Severity | STRIDE | Threat | Elements |\n|---|---|---|---|---|\n"
            for (index, threat) in threats.enumerated() {
                out += "| \(index + 1) | \(threat.severity.rawValue) | \(threat.category.letter) | \(md(threat.title)) (`\(threat.ruleId)`) | \(md(ThreatModelSummary.elements(of: threat))) |\n"
            }
            for (index, threat) in threats.enumerated() {
                out += "\n### \(index + 1). \(md(threat.title))\n\n"
                out += "\(md(threat.message))\n\n"
                out += "- Rule: `\(threat.ruleId)` · \(threat.category.title) · \(threat.severity.rawValue)"
                out += threat.cwe.isEmpty ? "\n" : " · " + threat.cwe.map { "CWE-\($0)" }.joined(separator: ", ") + "\n"
                if !threat.requirements.isEmpty { out += "- Requirements: \(threat.requirements.joined(separator: ", "))\n" }
                for mitigation in threat.mitigations { out += "- Mitigation: \(md(mitigation))\n" }
            }
        }
        out += "\n## Elements\n\n| Kind | Id | Name | Line |\n|---|---|---|---|\n"
        for component in model.components {
            out += "| \(component.type.rawValue) | \(md(component.id)) | \(md(component.name)) | \(component.line) |\n"
        }
        for flow in model.flows {
            out += "| flow | \(md(flow.id)) | \(md(flow.from)) → \(md(flow.to)) (\(md(flow.transport))) | \(flow.line) |\n"
        }
        for boundary in model.boundaries {
            out += "| boundary | \(md(boundary.id)) | \(md(boundary.name)) | \(boundary.line) |\n"
        }
        return out
    }
}
