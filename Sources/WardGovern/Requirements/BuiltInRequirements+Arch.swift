extension BuiltInRequirements {
    /// Architecture and design.
    static let architecture: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-ARCH-01", title: "Trust boundaries are drawn",
            text: "The team keeps a current diagram of the components, the data that flows between them and every point where data crosses from a less trusted to a more trusted zone.",
            rationale: "Controls are placed at boundaries; a boundary nobody drew is a boundary nobody defends.",
            verification: .review, asvs: ["V15.1.1", "V1.1.1"], masvs: ["MASVS-CODE-1"], cwe: [1059], appliesTo: .all),
        SecurityRequirement(
            id: "WARD-ARCH-02", title: "Security decisions are enforced on the server",
            text: "Every check that protects data or money (authorisation, limits, validation of amounts) runs in a component the bank controls; checks in the client are conveniences only.",
            rationale: "Clients, including our own mobile app, can be modified or replaced by an attacker.",
            verification: .review, asvs: ["V8.3.1", "V2.2.2"], masvs: ["MASVS-CODE-4"], cwe: [602], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-ARCH-03", title: "A threat model is kept current",
            text: "High-risk projects keep a threat model that names assets, threats and mitigations, and review it when the design changes and at least twice a year.",
            rationale: "Design flaws cannot be found by scanners; the threat model is where they are found before they are built.",
            verification: .attestation, asvs: ["V15.1.1"], masvs: ["MASVS-CODE-1"], cwe: [1053],
            appliesTo: RequirementApplicability(minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-ARCH-04", title: "Components are separated by privilege",
            text: "Parts of the system with different privileges (administration, customer traffic, batch processing) run as separate deployable units with their own credentials.",
            rationale: "A compromise of the least protected part must not hand over the privileges of the most protected one.",
            verification: .review, asvs: ["V15.2.5"], masvs: [], cwe: [653],
            appliesTo: RequirementApplicability(minimumTier: .tier2)),
    ]
}
