extension BuiltInRequirements {
    /// Session management.
    static let session: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-SESS-01", title: "Session tokens are unguessable and renewed at sign-in",
            text: "Session identifiers carry at least 128 bits from a secure random source and a new one is issued whenever the user authenticates or raises privilege.",
            rationale: "Predictable or fixed session identifiers let an attacker ride on a victim's sign-in.",
            verification: .test, asvs: ["V7.2.3", "V7.2.4"], masvs: ["MASVS-AUTH-1"], cwe: [384, 330], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-SESS-02", title: "Sessions expire",
            text: "Sessions end after a documented period of inactivity and after an absolute lifetime; for banking functions the inactivity limit is at most 15 minutes.",
            rationale: "Abandoned sessions on shared or stolen devices are open doors.",
            verification: .test, asvs: ["V7.3.1", "V7.3.2"], masvs: ["MASVS-AUTH-1"], cwe: [613], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-SESS-03", title: "Sign-out ends the session on the server",
            text: "Signing out, disabling an account or changing its password invalidates the affected sessions and refresh tokens on the server, not only in the client.",
            rationale: "A token that survives sign-out keeps working for whoever copied it.",
            verification: .test, asvs: ["V7.4.1", "V7.4.2"], masvs: ["MASVS-AUTH-1"], cwe: [613], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-SESS-04", title: "Session cookies are locked down",
            text: "Cookies that carry a session are Secure, HttpOnly, SameSite=Lax or Strict, and use the __Host- prefix where the framework allows.",
            rationale: "Cookie attributes stop theft by script, leakage over plain HTTP and cross-site request forgery.",
            verification: .automatedScan, asvs: ["V3.3.1", "V3.3.2", "V3.3.4"], masvs: [], cwe: [614, 1004, 1275],
            appliesTo: RequirementApplicability(platforms: [.web]),
            evidence: EvidenceRule(scan: .dynamic, maxAgeDays: 30, cwe: [614, 1004, 1275])),
        SecurityRequirement(
            id: "WARD-SESS-05", title: "Sensitive actions ask for fresh authentication",
            text: "Changing credentials, contact details or payment limits requires the user to authenticate again within the same session.",
            rationale: "A hijacked or unattended session must not be enough to take over an account.",
            verification: .test, asvs: ["V7.5.1"], masvs: ["MASVS-AUTH-3"], cwe: [306], appliesTo: .interactive),
    ]
}
