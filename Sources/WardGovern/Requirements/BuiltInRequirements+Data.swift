extension BuiltInRequirements {
    /// Data protection.
    static let dataProtection: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-DATA-01", title: "Sensitive data is classified and listed",
            text: "The project lists the personal, financial and confidential data it handles, where each is stored and who may access it.",
            rationale: "Protection follows classification; unlisted data gets no protection.",
            verification: .review, asvs: ["V14.1.1", "V14.1.2"], masvs: ["MASVS-STORAGE-1"], cwe: [1230],
            appliesTo: RequirementApplicability(personalData: true)),
        SecurityRequirement(
            id: "WARD-DATA-02", title: "Sensitive data is encrypted at rest",
            text: "Databases, files and backups holding personal or financial data are encrypted, with keys managed apart from the data.",
            rationale: "Stolen disks, snapshots and backups must not expose customers.",
            verification: .attestation, asvs: ["V14.2.4", "V11.3.2"], masvs: ["MASVS-STORAGE-1"], cwe: [311, 312],
            appliesTo: RequirementApplicability(personalData: true)),
        SecurityRequirement(
            id: "WARD-DATA-03", title: "Sensitive data never travels in URLs",
            text: "Tokens, account numbers and personal data are sent in request bodies or headers, never in URL paths or query strings.",
            rationale: "URLs are logged by proxies, servers and browsers and leak through the Referer header.",
            verification: .automatedScan, asvs: ["V14.2.1"], masvs: [], cwe: [598],
            appliesTo: RequirementApplicability(platforms: [.web, .api, .mobile]),
            evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [598])),
        SecurityRequirement(
            id: "WARD-DATA-04", title: "Card data follows PCI DSS scope rules",
            text: "Full card numbers are stored only where PCI DSS allows, rendered unreadable there, and shown masked everywhere else; security codes are never stored after authorisation.",
            rationale: "Card data is the most directly monetisable data a bank holds.",
            verification: .attestation, asvs: ["V14.2.4", "V14.2.7"], masvs: ["MASVS-STORAGE-1"], cwe: [311, 359],
            appliesTo: RequirementApplicability(paymentData: true)),
    ]
}
