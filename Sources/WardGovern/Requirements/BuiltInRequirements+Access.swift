extension BuiltInRequirements {
    /// Access control.
    static let accessControl: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-ACCESS-01", title: "Every function checks the caller's permission",
            text: "Each operation checks, on the server, that the authenticated caller holds the permission it needs; access is denied when no rule grants it.",
            rationale: "Missing function-level checks are found by simply calling the endpoint.",
            verification: .automatedScan, asvs: ["V8.2.1", "V8.3.1"], masvs: [], cwe: [862, 285],
            appliesTo: .services, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [862, 285])),
        SecurityRequirement(
            id: "WARD-ACCESS-02", title: "Objects are checked against their owner",
            text: "When a request names an account, card, document or other record by id, the server checks that the caller may act on that particular record.",
            rationale: "Changing an id in a request is the simplest way to read another customer's data.",
            verification: .automatedScan, asvs: ["V8.2.2"], masvs: [], cwe: [639],
            appliesTo: .services, evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [639])),
        SecurityRequirement(
            id: "WARD-ACCESS-03", title: "Permissions are documented",
            text: "The roles, the permissions each holds and the rules for data-level access are written down and reviewed when they change.",
            rationale: "Access rules that exist only in code cannot be reviewed or tested against intent.",
            verification: .review, asvs: ["V8.1.1", "V8.1.2"], masvs: [], cwe: [1220], appliesTo: .services),
        SecurityRequirement(
            id: "WARD-ACCESS-04", title: "Administrative functions are separated and logged",
            text: "Administrative interfaces are reachable only from management networks or through a privileged access system, and every use is logged.",
            rationale: "Administrative access is the most valuable target; it must be narrow and traceable.",
            verification: .review, asvs: ["V8.4.2", "V16.3.2"], masvs: [], cwe: [269],
            appliesTo: RequirementApplicability(platforms: [.web, .api], minimumTier: .tier3)),
        SecurityRequirement(
            id: "WARD-ACCESS-05", title: "Service accounts have least privilege",
            text: "Accounts used by services and jobs hold only the database, queue and file permissions their code needs, and are never interactive.",
            rationale: "A compromised service must not become a compromised database.",
            verification: .review, asvs: ["V13.2.2", "V13.3.2"], masvs: [], cwe: [250], appliesTo: .all),
    ]
}
