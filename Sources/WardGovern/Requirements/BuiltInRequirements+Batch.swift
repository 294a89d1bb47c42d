extension BuiltInRequirements {
    /// Batch jobs and file transfers.
    static let batch: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-BATCH-01", title: "Input files are authenticated before processing",
            text: "Files received for processing are checked for a valid signature or checksum from the expected sender before any record is used.",
            rationale: "A forged payment or settlement file moves real money.",
            verification: .test, asvs: ["V5.4.3", "V11.2.1"], masvs: [], cwe: [345, 354],
            appliesTo: RequirementApplicability(platforms: [.batch])),
        SecurityRequirement(
            id: "WARD-BATCH-02", title: "Jobs are idempotent and reconciled",
            text: "Re-running a job cannot apply the same record twice, and each run ends with a reconciliation of counts and totals that is checked.",
            rationale: "Duplicate or lost records in financial batches are both fraud vectors and incidents.",
            verification: .test, asvs: ["V2.3.3", "V2.3.4"], masvs: [], cwe: [841, 362],
            appliesTo: RequirementApplicability(platforms: [.batch])),
        SecurityRequirement(
            id: "WARD-BATCH-03", title: "Transfer locations are locked down",
            text: "Folders and buckets used for file exchange allow only the sending and receiving identities, and processed files are removed or archived encrypted.",
            rationale: "Staging areas accumulate sensitive files that outlive their purpose.",
            verification: .automatedScan, asvs: ["V5.3.1", "V14.2.7"], masvs: [], cwe: [732, 276],
            appliesTo: RequirementApplicability(platforms: [.batch]),
            evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [732, 276])),
        SecurityRequirement(
            id: "WARD-BATCH-04", title: "Scheduled jobs run under their own identity",
            text: "Each job runs under its own service identity with only the permissions it needs, never under a person's account.",
            rationale: "A job under a person's account breaks when they leave and hides who did what.",
            verification: .review, asvs: ["V13.2.2"], masvs: [], cwe: [250],
            appliesTo: RequirementApplicability(platforms: [.batch])),
    ]
}
