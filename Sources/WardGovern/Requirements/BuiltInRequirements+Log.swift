extension BuiltInRequirements {
    /// Security logging and monitoring.
    static let logging: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-LOG-01", title: "Security events are logged",
            text: "Sign-ins, failed sign-ins, permission denials, changes of credentials and limits, and administrative actions are logged with who, what, when and from where.",
            rationale: "Incidents cannot be detected or reconstructed from events nobody recorded.",
            verification: .test, asvs: ["V16.3.1", "V16.3.2", "V16.2.1"], masvs: [], cwe: [778], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-LOG-02", title: "Logs hold no secrets or full personal data",
            text: "Credentials, session tokens, full card numbers and unmasked personal data are never written to logs; identifiers are masked or hashed.",
            rationale: "Logs are copied to many systems with weaker access control than the data itself.",
            verification: .automatedScan, asvs: ["V16.2.5", "V14.2.4"], masvs: ["MASVS-STORAGE-2"], cwe: [532],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [532, 117])),
        SecurityRequirement(
            id: "WARD-LOG-03", title: "Log entries cannot be forged",
            text: "Values written to logs are encoded so that input cannot add lines or fields, and logs use a structured format.",
            rationale: "Injected log lines hide attacks and mislead investigators.",
            verification: .automatedScan, asvs: ["V16.4.1"], masvs: [], cwe: [117],
            appliesTo: .services, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [117])),
        SecurityRequirement(
            id: "WARD-LOG-04", title: "Logs are shipped and protected",
            text: "Security logs go to the central log platform in near real time, cannot be altered by the application's own account, and are kept for the period regulations require.",
            rationale: "An attacker who owns the host must not be able to erase the evidence.",
            verification: .attestation, asvs: ["V16.4.2", "V16.4.3"], masvs: [], cwe: [779],
            appliesTo: RequirementApplicability(platforms: [.web, .api, .batch], minimumTier: .tier3)),
        SecurityRequirement(
            id: "WARD-LOG-05", title: "Alerts exist for attacks on the project",
            text: "Monitoring raises an alert on bursts of failed sign-ins, permission denials or input-validation failures, and the alert reaches an on-call person.",
            rationale: "Logs nobody watches detect nothing in time.",
            verification: .attestation, asvs: ["V16.3.3"], masvs: [], cwe: [778],
            appliesTo: RequirementApplicability(platforms: [.web, .api], minimumTier: .tier2)),
    ]
}
