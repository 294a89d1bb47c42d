extension BuiltInRequirements {
    /// Third-party components.
    static let dependencies: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-DEPS-01", title: "No component with a known critical vulnerability",
            text: "No direct or transitive dependency has an open critical advisory that applies to the version in use.",
            rationale: "Known critical vulnerabilities are exploited within days of disclosure.",
            verification: .automatedScan, asvs: ["V15.2.1"], masvs: ["MASVS-CODE-3"], cwe: [1395, 1104],
            appliesTo: .all, evidence: EvidenceRule(scan: .dependency, maxAgeDays: 7, kind: .dependency, minimumSeverity: .critical)),
        SecurityRequirement(
            id: "WARD-DEPS-02", title: "No component with a known high vulnerability",
            text: "High-risk projects also carry no dependency with an open high advisory past its SLA; fixes are taken or the risk is formally accepted.",
            rationale: "High-severity flaws in internet-facing banking code are close to critical in effect.",
            verification: .automatedScan, asvs: ["V15.2.1"], masvs: ["MASVS-CODE-3"], cwe: [1395],
            appliesTo: RequirementApplicability(minimumTier: .tier2),
            evidence: EvidenceRule(scan: .dependency, maxAgeDays: 7, kind: .dependency, minimumSeverity: .high)),
        SecurityRequirement(
            id: "WARD-DEPS-03", title: "Dependencies are pinned by lock file",
            text: "Every build resolves dependencies from a committed lock file with exact versions and integrity hashes.",
            rationale: "Floating versions let a compromised upstream release enter the next build unseen.",
            verification: .review, asvs: ["V15.2.4"], masvs: ["MASVS-CODE-3"], cwe: [1357, 494], appliesTo: .all),
        SecurityRequirement(
            id: "WARD-DEPS-04", title: "Components come from approved sources",
            text: "Packages are fetched only through the bank's registry mirror, which blocks banned components and unknown sources.",
            rationale: "A mirror is the single place to stop typosquatting and dependency confusion.",
            verification: .attestation, asvs: ["V15.2.4"], masvs: ["MASVS-CODE-3"], cwe: [1357, 427], appliesTo: .all),
        SecurityRequirement(
            id: "WARD-DEPS-05", title: "An SBOM is produced for each release",
            text: "Each release publishes a CycloneDX or SPDX bill of materials listing every component and version it ships.",
            rationale: "When the next log4shell lands, the question 'are we affected?' must take minutes.",
            verification: .attestation, asvs: ["V15.1.2"], masvs: ["MASVS-CODE-3"], cwe: [1104],
            appliesTo: RequirementApplicability(minimumTier: .tier3)),
    ]
}
