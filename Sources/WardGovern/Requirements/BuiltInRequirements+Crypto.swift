extension BuiltInRequirements {
    /// Cryptography.
    static let cryptography: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-CRYPTO-01", title: "Only current algorithms are used",
            text: "Encryption uses AES-GCM, ChaCha20-Poly1305 or another authenticated mode; hashing uses SHA-256 or stronger; MD5, SHA-1, DES, 3DES, RC4 and ECB mode are not used for security.",
            rationale: "Broken primitives give no protection while looking as if they do.",
            verification: .automatedScan, asvs: ["V11.3.1", "V11.3.2", "V11.4.1"], masvs: ["MASVS-CRYPTO-1"], cwe: [327, 328],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [327, 328, 326])),
        SecurityRequirement(
            id: "WARD-CRYPTO-02", title: "Security values come from a secure random source",
            text: "Tokens, keys, nonces and one-time codes are drawn from the platform's cryptographically secure generator.",
            rationale: "A predictable generator makes every token derived from it predictable.",
            verification: .automatedScan, asvs: ["V11.5.1"], masvs: ["MASVS-CRYPTO-1"], cwe: [330, 338],
            appliesTo: .all, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [330, 338])),
        SecurityRequirement(
            id: "WARD-CRYPTO-03", title: "Keys are generated, stored and rotated by a key service",
            text: "Encryption and signing keys live in a key management service or hardware module, have a documented owner and rotation period, and never appear in code or configuration.",
            rationale: "The security of encrypted data is the security of its keys.",
            verification: .attestation, asvs: ["V11.1.1", "V13.3.3"], masvs: ["MASVS-CRYPTO-2"], cwe: [320, 321],
            appliesTo: RequirementApplicability(minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-CRYPTO-04", title: "A cryptographic inventory exists",
            text: "The project lists the algorithms, key lengths and libraries it uses and where, so weak or quantum-vulnerable uses can be found and replaced.",
            rationale: "Crypto that nobody listed cannot be migrated when an algorithm falls.",
            verification: .review, asvs: ["V11.1.2", "V11.1.3"], masvs: ["MASVS-CRYPTO-1"], cwe: [1240],
            appliesTo: RequirementApplicability(minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-CRYPTO-05", title: "Crypto comes from vetted libraries",
            text: "Cryptographic operations use the platform's or a widely reviewed library; the project implements no cipher, hash or protocol of its own.",
            rationale: "Home-made cryptography fails in ways its authors do not see.",
            verification: .review, asvs: ["V11.2.1", "V11.2.2"], masvs: ["MASVS-CRYPTO-1"], cwe: [1240], appliesTo: .all),
    ]
}
