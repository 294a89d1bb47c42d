extension BuiltInRequirements {
    /// Secure configuration and deployment.
    static let configuration: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-CONFIG-01", title: "Production runs without debug features",
            text: "Debug modes, developer consoles, sample pages and verbose error output are disabled in production builds and deployments.",
            rationale: "Debug features are undocumented back doors.",
            verification: .automatedScan, asvs: ["V13.4.2"], masvs: ["MASVS-RESILIENCE-2"], cwe: [489, 215],
            appliesTo: .all, evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [489, 215])),
        SecurityRequirement(
            id: "WARD-CONFIG-02", title: "Infrastructure configuration passes policy",
            text: "Dockerfiles, Kubernetes manifests, Terraform and CI workflows have no open high or critical configuration finding.",
            rationale: "Misconfiguration, not code, is behind many cloud breaches.",
            verification: .automatedScan, asvs: ["V13.1.1", "V13.2.1"], masvs: [], cwe: [16, 732],
            appliesTo: RequirementApplicability(platforms: [.web, .api, .batch]),
            evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, kind: .configuration, minimumSeverity: .high)),
        SecurityRequirement(
            id: "WARD-CONFIG-03", title: "Containers run unprivileged",
            text: "Containers run as a non-root user with a read-only root file system, no added capabilities and no privileged mode.",
            rationale: "A container escape from root is a host compromise.",
            verification: .automatedScan, asvs: ["V13.2.2"], masvs: [], cwe: [250, 269],
            appliesTo: RequirementApplicability(platforms: [.web, .api, .batch]),
            evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [250, 269])),
        SecurityRequirement(
            id: "WARD-CONFIG-04", title: "Nothing internal is served",
            text: "Source control folders, backup files, build metadata and internal documentation are not reachable from outside.",
            rationale: "Exposed repository folders and backups hand over source code and secrets.",
            verification: .automatedScan, asvs: ["V13.4.1", "V13.4.3"], masvs: [], cwe: [538, 548],
            appliesTo: RequirementApplicability(platforms: [.web, .api]),
            evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [538, 548, 527])),
        SecurityRequirement(
            id: "WARD-CONFIG-05", title: "Environments are separated",
            text: "Development and test environments use their own credentials and synthetic or masked data, and cannot reach production systems.",
            rationale: "Test environments are weaker; they must not be a path into production or its data.",
            verification: .attestation, asvs: ["V15.2.3"], masvs: [], cwe: [668], appliesTo: .all),
    ]
}
