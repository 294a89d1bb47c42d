extension BuiltInRequirements {
    /// Authentication.
    static let authentication: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-AUTH-01", title: "Passwords are stored with a slow, salted hash",
            text: "Stored passwords are hashed with a memory- or work-hard password hashing function (Argon2id, scrypt, bcrypt or PBKDF2 with a current work factor) and a unique salt per password.",
            rationale: "A leaked password table must not reveal passwords that customers reuse elsewhere.",
            verification: .automatedScan, asvs: ["V11.4.2"], masvs: [], cwe: [916, 759],
            appliesTo: .services, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [916, 759, 760, 328])),
        SecurityRequirement(
            id: "WARD-AUTH-02", title: "Online guessing is throttled",
            text: "Repeated failed sign-ins for one account or from one source slow down, then require extra proof, without letting an attacker lock customers out at will.",
            rationale: "Credential stuffing with leaked passwords is the most common attack on customer accounts.",
            verification: .test, asvs: ["V6.3.1"], masvs: ["MASVS-AUTH-2"], cwe: [307], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-AUTH-03", title: "Customers and staff use a second factor for sensitive actions",
            text: "Signing in to banking functions, and confirming payments, new payees or changes of contact details, needs a second factor that is not SMS alone.",
            rationale: "Passwords leak; a second, phishing-resistant factor stops most account takeovers.",
            verification: .test, asvs: ["V6.3.3", "V6.6.1"], masvs: ["MASVS-AUTH-3"], cwe: [308],
            appliesTo: RequirementApplicability(platforms: [.web, .mobile, .api], minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-AUTH-04", title: "No default or shared accounts",
            text: "The product ships without default credentials, and every person who signs in has their own account.",
            rationale: "Default credentials are the first thing attackers try; shared accounts make actions untraceable.",
            verification: .automatedScan, asvs: ["V6.3.2"], masvs: [], cwe: [1392, 521],
            appliesTo: .all, evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [1392, 1393])),
        SecurityRequirement(
            id: "WARD-AUTH-05", title: "Account recovery is as strong as sign-in",
            text: "Resetting a password or a lost factor needs proof at least as strong as a normal sign-in, notifies the customer on a known channel, and never reveals whether an account exists.",
            rationale: "A weak recovery flow is a side door around every other authentication control.",
            verification: .test, asvs: ["V6.4.3", "V6.4.4"], masvs: ["MASVS-AUTH-2"], cwe: [640], appliesTo: .interactive),
        SecurityRequirement(
            id: "WARD-AUTH-06", title: "Tokens from identity providers are fully checked",
            text: "Tokens and assertions from an identity provider are accepted only after checking signature, issuer, audience, expiry and the algorithm against an allowlist.",
            rationale: "An unchecked claim lets anyone mint their own identity.",
            verification: .test, asvs: ["V9.1.1", "V9.1.2", "V9.2.3"], masvs: ["MASVS-AUTH-1"], cwe: [347, 287], appliesTo: .interactive),
    ]
}
