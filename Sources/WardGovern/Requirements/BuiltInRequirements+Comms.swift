extension BuiltInRequirements {
    /// Secure communication.
    static let communication: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-COMMS-01", title: "All traffic uses TLS 1.2 or 1.3",
            text: "Every connection, external and internal, uses TLS 1.2 or 1.3 with forward-secret cipher suites; plain HTTP is only a redirect to HTTPS.",
            rationale: "Networks between the customer and the bank, and inside the bank, are not trusted.",
            verification: .automatedScan, asvs: ["V12.1.1", "V12.2.1", "V12.3.1"], masvs: ["MASVS-NETWORK-1"], cwe: [319, 326],
            appliesTo: .all, evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [319, 326])),
        SecurityRequirement(
            id: "WARD-COMMS-02", title: "Certificates are validated",
            text: "Clients validate the server certificate chain and host name; no code or configuration disables validation, including in test builds that could ship.",
            rationale: "Disabled validation makes TLS worthless against an attacker in the middle.",
            verification: .automatedScan, asvs: ["V12.3.2", "V12.2.2"], masvs: ["MASVS-NETWORK-1"], cwe: [295, 297],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [295, 297])),
        SecurityRequirement(
            id: "WARD-COMMS-03", title: "The mobile app pins the bank's endpoints",
            text: "The mobile app accepts only the bank's own certificates or keys for its banking endpoints, with a tested rotation plan.",
            rationale: "Pinning stops interception through a rogue or user-installed certificate authority.",
            verification: .test, asvs: [], masvs: ["MASVS-NETWORK-2"], cwe: [295],
            appliesTo: RequirementApplicability(platforms: [.mobile], minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-COMMS-04", title: "HTTP Strict Transport Security is enabled",
            text: "Web responses carry a Strict-Transport-Security header with a lifetime of at least one year.",
            rationale: "HSTS stops the first request of a visit being downgraded to plain HTTP.",
            verification: .automatedScan, asvs: ["V3.4.1"], masvs: [], cwe: [319, 523],
            appliesTo: RequirementApplicability(platforms: [.web], exposures: [.internet, .partner]),
            evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [319, 523])),
    ]
}
