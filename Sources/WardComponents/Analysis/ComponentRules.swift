import WardCore

/// Rule descriptions for the component findings of a scan, for formats (SARIF) that describe rules:
/// one per advisory, from the advisory itself, and one per policy rule.
public enum ComponentRules {
    /// The rules behind `findings`, one per rule id, sorted by id.
    public static func summaries(for findings: [Finding]) -> [RuleSummary] {
        var rules: [String: RuleSummary] = [:]
        for finding in findings where finding.kind == .dependency && rules[finding.ruleId] == nil {
            if let advisory = finding.advisory {
                rules[finding.ruleId] = RuleSummary(RuleDescription(
                    id: advisory.id, title: advisory.summary ?? advisory.id,
                    summary: advisory.summary.map { "\($0) (\(advisory.allIDs.joined(separator: ", ")))" } ?? advisory.allIDs.joined(separator: ", "),
                    kind: .dependency, severity: finding.severity, cwe: finding.cwe,
                    remediation: "Upgrade the affected component to a version that fixes \(advisory.id), or record why it does not apply with a VEX statement.",
                    tags: ["sca", "vulnerability"], references: advisory.url.map { [$0] } ?? []))
            } else if let policy = policy[finding.ruleId] {
                rules[finding.ruleId] = RuleSummary(RuleDescription(
                    id: finding.ruleId, title: policy.title, summary: policy.summary, kind: .dependency, severity: policy.severity,
                    cwe: [], remediation: policy.remediation, tags: ["sca", "policy"]))
            }
        }
        return rules.values.sorted { $0.id < $1.id }
    }

    private static let policy: [String: (title: String, summary: String, severity: Severity, remediation: String)] = [
        ComponentFindings.bannedRule: (
            "Banned component", "The project uses a component (or version) that `components.banned` in ward.yml bans.", .high,
            "Replace the component or move to a version outside the banned range."),
        ComponentFindings.unapprovedRule: (
            "Unapproved component", "The project uses a component outside the non-empty `components.approved` list.", .low,
            "Use an approved component, or have this one approved."),
        ComponentFindings.deniedLicenseRule: (
            "Denied license", "A component's license is on `components.licenses.deny`.", .medium,
            "Replace the component with one under an allowed license."),
        ComponentFindings.unlistedLicenseRule: (
            "License not on the allow list", "A component's license is not on `components.licenses.allow`.", .low,
            "Have the license reviewed and allowed, or replace the component."),
        ComponentFindings.unknownLicenseRule: (
            "Unknown license", "No license is declared or detected for a component.", .low,
            "Find and record the component's license, or replace it."),
    ]
}
