extension BuiltInRequirements {
    /// Build and delivery pipeline.
    static let build: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-BUILD-01", title: "Every change is scanned before merge",
            text: "The pipeline runs secret and code scans on every merge request and blocks merging when the baseline gate fails.",
            rationale: "Problems are cheapest to fix before they are merged.",
            verification: .automatedScan, asvs: ["V15.1.1"], masvs: ["MASVS-CODE-1"], cwe: [1053],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 14, kind: .code, minimumSeverity: .critical)),
        SecurityRequirement(
            id: "WARD-BUILD-02", title: "Pipelines have least privilege",
            text: "CI jobs get short-lived, narrowly scoped credentials; workflows do not run untrusted pull-request code with access to secrets.",
            rationale: "A compromised pipeline signs and ships whatever the attacker wants.",
            verification: .automatedScan, asvs: ["V15.2.4"], masvs: [], cwe: [250, 829],
            appliesTo: .all, evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [829, 250, 78])),
        SecurityRequirement(
            id: "WARD-BUILD-03", title: "Release artefacts are signed",
            text: "Packages, images and app binaries are signed in the pipeline and the signature is verified before deployment.",
            rationale: "Signing proves that what runs is what the pipeline built.",
            verification: .attestation, asvs: ["V15.2.4"], masvs: ["MASVS-RESILIENCE-2"], cwe: [494, 345],
            appliesTo: RequirementApplicability(minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-BUILD-04", title: "Container base images are current",
            text: "Images are rebuilt at least monthly from maintained base images and carry no open critical operating-system vulnerability.",
            rationale: "Stale base images accumulate known vulnerabilities no code review will see.",
            verification: .automatedScan, asvs: ["V15.2.1"], masvs: [], cwe: [1104],
            appliesTo: RequirementApplicability(platforms: [.web, .api, .batch]),
            evidence: EvidenceRule(scan: .container, maxAgeDays: 30, kind: .container, minimumSeverity: .critical)),
    ]
}
