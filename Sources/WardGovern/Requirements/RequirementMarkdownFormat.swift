/// Writes requirement statuses as a Markdown report: a summary line and one table row each.
public enum RequirementMarkdownFormat {
    public static func render(_ statuses: [EffectiveRequirementStatus], title: String = "Security requirements") -> String {
        var counts: [RequirementStatus: Int] = [:]
        for item in statuses { counts[item.status, default: 0] += 1 }
        let summary = RequirementStatus.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        var out = "# \(escape(title))\n\n"
        out += "\(statuses.count) requirement\(statuses.count == 1 ? "" : "s"): \(summary).\n\n"
        out += "| id | title | verification | status | reason |\n|---|---|---|---|---|\n"
        for item in statuses {
            let cells = [item.requirement.id, item.requirement.title, item.requirement.verification.rawValue, item.status.rawValue, item.reason]
            out += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// Keeps a cell on one line and stops `|` from ending it early.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
