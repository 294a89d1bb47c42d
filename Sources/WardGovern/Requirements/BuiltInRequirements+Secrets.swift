extension BuiltInRequirements {
    /// Secrets in code and configuration.
    static let secrets: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-SECRETS-01", title: "No credentials in source code",
            text: "Passwords, API keys, tokens and private keys are never committed to the repository, including its history, tests and sample files.",
            rationale: "Repositories are copied widely; a committed credential must be treated as public.",
            verification: .automatedScan, asvs: ["V13.3.1"], masvs: ["MASVS-STORAGE-1"], cwe: [798, 259],
            appliesTo: .all, evidence: EvidenceRule(scan: .secret, maxAgeDays: 30, cwe: [798, 259, 321], kind: .secret)),
        SecurityRequirement(
            id: "WARD-SECRETS-02", title: "Secrets are read from a secrets manager at run time",
            text: "Services obtain credentials from a vault or the platform's secret store when they start, with access limited to the service's own identity.",
            rationale: "Central storage makes secrets auditable, revocable and absent from images and disks.",
            verification: .review, asvs: ["V13.3.1", "V13.3.2"], masvs: [], cwe: [522], appliesTo: .services),
        SecurityRequirement(
            id: "WARD-SECRETS-03", title: "Leaked secrets are revoked, not just deleted",
            text: "When a secret is found in code, logs or tickets it is revoked and replaced within the critical-finding SLA; removing it from the file is not enough.",
            rationale: "Anyone who saw the secret before deletion can still use it.",
            verification: .attestation, asvs: ["V13.3.4"], masvs: [], cwe: [798], appliesTo: .all),
        SecurityRequirement(
            id: "WARD-SECRETS-04", title: "No secrets in container images or build output",
            text: "Images, packages and build logs contain no credentials; build-time secrets are passed through the build system's secret mounts.",
            rationale: "Images are pushed to registries many people and systems can read.",
            verification: .automatedScan, asvs: ["V13.3.1"], masvs: [], cwe: [538, 798],
            appliesTo: RequirementApplicability(platforms: [.web, .api, .batch]),
            evidence: EvidenceRule(scan: .container, maxAgeDays: 30, cwe: [538, 798])),
    ]
}
