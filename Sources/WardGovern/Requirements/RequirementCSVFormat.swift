import WardCore
/// Writes requirement statuses as CSV (RFC 4180: CRLF line ends, quoted fields), with cells that a
/// spreadsheet would run as a formula neutralised.
public enum RequirementCSVFormat {
    /// The header row's columns.
    public static let columns = ["id", "area", "title", "verification", "asvs", "masvs", "cwe", "applies to", "status", "reason"]

    public static func render(_ statuses: [EffectiveRequirementStatus]) -> String {
        var out = row(columns)
        for item in statuses {
            let requirement = item.requirement
            out += row([
                requirement.id, requirement.area, requirement.title, requirement.verification.rawValue,
                requirement.asvs.joined(separator: " "), requirement.masvs.joined(separator: " "),
                requirement.cwe.map { "CWE-\($0)" }.joined(separator: " "), requirement.appliesTo.summary,
                item.status.rawValue, item.reason,
            ])
        }
        return out
    }

    static func row(_ cells: [String]) -> String { CSVCell.row(cells) }
}
