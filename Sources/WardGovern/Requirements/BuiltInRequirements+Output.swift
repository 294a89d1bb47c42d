extension BuiltInRequirements {
    /// Output encoding and browser-side protection.
    static let output: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-OUTPUT-01", title: "Output is encoded for its context",
            text: "Data placed in HTML, JavaScript, URLs or CSS is encoded for that context by the template engine or framework, and raw-HTML escape hatches are reviewed.",
            rationale: "Cross-site scripting runs the attacker's code with the customer's session.",
            verification: .automatedScan, asvs: ["V1.2.1", "V1.2.3"], masvs: ["MASVS-PLATFORM-2"], cwe: [79, 116],
            appliesTo: RequirementApplicability(platforms: [.web, .mobile]),
            evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [79, 80, 116])),
        SecurityRequirement(
            id: "WARD-OUTPUT-02", title: "Browser protection headers are sent",
            text: "Responses carry a restrictive Content-Security-Policy, X-Content-Type-Options: nosniff, a Referrer-Policy and frame-ancestors protection.",
            rationale: "Headers turn many injection and clickjacking bugs from exploitable into harmless.",
            verification: .automatedScan, asvs: ["V3.4.3", "V3.4.4", "V3.4.5", "V3.4.6"], masvs: [], cwe: [1021, 693],
            appliesTo: RequirementApplicability(platforms: [.web]),
            evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [1021, 693])),
        SecurityRequirement(
            id: "WARD-OUTPUT-03", title: "Errors reveal nothing internal",
            text: "Errors shown to users or callers carry a generic message and a reference id; stack traces, queries and versions stay in the logs.",
            rationale: "Internal detail in errors maps the system for an attacker.",
            verification: .automatedScan, asvs: ["V16.5.1", "V13.4.2"], masvs: [], cwe: [209, 497],
            appliesTo: .interactive, evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [209, 497])),
        SecurityRequirement(
            id: "WARD-OUTPUT-04", title: "Redirects go only to known places",
            text: "Redirect and forward targets taken from input are checked against an allowlist of destinations.",
            rationale: "Open redirects lend the bank's domain to phishing pages.",
            verification: .automatedScan, asvs: ["V3.7.2"], masvs: [], cwe: [601],
            appliesTo: RequirementApplicability(platforms: [.web, .api]),
            evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [601])),
    ]
}
