extension BuiltInRequirements {
    /// Web APIs.
    static let api: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-API-01", title: "The API is described by a current specification",
            text: "Every endpoint is described in an OpenAPI or GraphQL schema kept in the repository; undeclared endpoints are not deployed.",
            rationale: "Forgotten endpoints are untested endpoints; the schema is also what dynamic scans test.",
            verification: .review, asvs: ["V4.1.1", "V15.1.1"], masvs: [], cwe: [1059],
            appliesTo: RequirementApplicability(platforms: [.api, .web])),
        SecurityRequirement(
            id: "WARD-API-02", title: "Requests are validated against the schema",
            text: "The API rejects requests whose body, parameters or content type do not match the schema, including unexpected extra fields.",
            rationale: "Mass assignment and parser confusion start with fields nobody expected.",
            verification: .automatedScan, asvs: ["V4.2.1", "V2.2.1"], masvs: [], cwe: [915, 20],
            appliesTo: RequirementApplicability(platforms: [.api, .web]),
            evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [915, 20])),
        SecurityRequirement(
            id: "WARD-API-03", title: "Callers are rate limited",
            text: "Each client and each user has limits on request rates and on costly operations, and exceeding them gets a 429 answer.",
            rationale: "Without limits, scraping, enumeration and denial of service cost the attacker nothing.",
            verification: .test, asvs: ["V2.4.1"], masvs: [], cwe: [770, 799],
            appliesTo: RequirementApplicability(platforms: [.api, .web], exposures: [.internet, .partner])),
        SecurityRequirement(
            id: "WARD-API-04", title: "Responses return only what the caller needs",
            text: "Responses are built from explicit response types, not serialised database records, so internal and other customers' fields are never returned.",
            rationale: "Excessive data exposure leaks through responses the client simply does not display.",
            verification: .review, asvs: ["V15.3.1", "V8.2.3", "V14.2.6"], masvs: [], cwe: [213, 200],
            appliesTo: RequirementApplicability(platforms: [.api, .web])),
        SecurityRequirement(
            id: "WARD-API-05", title: "Partner access uses mutual TLS or signed requests",
            text: "Partner and service-to-service callers authenticate with mutual TLS or signed requests bound to a registered client, not with static shared keys alone.",
            rationale: "Static keys are copied, logged and shared; bound credentials are not useful when stolen.",
            verification: .review, asvs: ["V12.3.5", "V13.2.1"], masvs: [], cwe: [287, 294],
            appliesTo: RequirementApplicability(platforms: [.api], exposures: [.partner])),
    ]
}
