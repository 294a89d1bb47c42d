import WardCore

extension SecretRules {
    static let secretManagers: [SecretRule] = [
        SecretRule(
            id: "doppler-personal-token", title: "Doppler personal or CLI token",
            summary: "A Doppler personal or CLI token (dp.pt., dp.ct.): it reads and changes every secret in every project and config its user can reach.",
            severity: .critical, remediation: Remediation.rotate("token", where: "Doppler (Account › Tokens, or `doppler configure revoke` for a CLI token), then rotate the secrets it could read"),
            tags: ["secret-manager", "doppler"], references: ["https://docs.doppler.com/reference/auth-token-formats"],
            keywords: ["dp.pt.", "dp.ct."],
            pattern: #"\b(dp\.(?:pt|ct)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [Example("DOPPLER_TOKEN=↓dp.pt.\(Fake.alnum(43))")],
            nonTriggering: [Example("DOPPLER_TOKEN=dp.pt.\(Fake.alnum(12))")]),
        SecretRule(
            id: "doppler-service-token", title: "Doppler service, service account, SCIM or audit token",
            summary: "A Doppler machine token (dp.st., dp.sa., dp.scim., dp.audit.): a service token reads one config's secrets, a service account token whatever its role allows, SCIM and audit tokens manage users or read the audit log.",
            severity: .high, remediation: Remediation.rotate("token", where: "Doppler (the config's Access tab, or Team › Service Accounts / SCIM / Audit settings), then rotate the secrets it could read"),
            tags: ["secret-manager", "doppler"], references: ["https://docs.doppler.com/reference/auth-token-formats"],
            keywords: ["dp.st.", "dp.sa.", "dp.scim.", "dp.audit."],
            pattern: #"\b(dp\.(?:st\.(?:[a-z0-9_-]{2,35}\.)?|sa\.|scim\.|audit\.)[A-Za-z0-9]{40,44})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [
                Example("DOPPLER_TOKEN=↓dp.st.prd.\(Fake.alnum(43))"),
                Example("doppler_token: \"↓dp.sa.\(Fake.alnum(43))\""),
            ],
            nonTriggering: [Example("DOPPLER_TOKEN=dp.st.\(Fake.alnum(16))")]),
        SecretRule(
            id: "1password-service-account-token", title: "1Password service account token",
            summary: "A 1Password service account token (ops_eyJ…): it reads — and, if allowed, writes — every item in the vaults granted to the service account, without a person signing in.",
            severity: .critical, remediation: Remediation.rotate("service account token", where: "1Password (Developer › Service accounts › Revoke token), then rotate the items it could read"),
            tags: ["secret-manager", "1password"], references: ["https://developer.1password.com/docs/service-accounts/"],
            keywords: ["ops_eyj"],
            pattern: #"\b(ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3})(?![A-Za-z0-9+/=])"#,
            entropy: 4.0,
            triggering: [Example("export OP_SERVICE_ACCOUNT_TOKEN=↓ops_eyJzaWduSW5BZGRyZXNzIjoi\(Fake.base64(320))")],
            nonTriggering: ["export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6..."]),
        SecretRule(
            id: "1password-secret-key", title: "1Password account Secret Key",
            summary: "A 1Password account Secret Key (A3-…): one of the two factors that decrypt the account's vaults, so only the account password then stands between an attacker and every item.",
            severity: .high, remediation: "Regenerate the Secret Key in 1Password (Profile › Regenerate Secret Key), change the account password, and sign out all devices.",
            tags: ["secret-manager", "1password"], references: ["https://support.1password.com/secret-key-security/"],
            keywords: ["a3-"],
            pattern: #"\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b"#,
            entropy: 3.8,
            triggering: [Example("Secret Key: ↓A3-\(Fake.upperAlnum(6))-\(Fake.upperAlnum(6))-\(Fake.upperAlnum(5))-\(Fake.upperAlnum(5))-\(Fake.upperAlnum(5))-\(Fake.upperAlnum(5))")],
            nonTriggering: ["A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX"]),
        SecretRule(
            id: "age-secret-key", title: "age secret key",
            summary: "An age identity (AGE-SECRET-KEY-1…): it decrypts every file encrypted to its public key — typically the SOPS-encrypted secrets sitting in the same repository.",
            severity: .critical, remediation: "Generate a new age identity, re-encrypt every file for the new recipient (`sops updatekeys`), remove the old recipient, and rotate the secrets those files held: anything encrypted to the old key must be treated as readable.",
            tags: ["encryption", "age"], references: ["https://age-encryption.org/v1"],
            keywords: ["age-secret-key-1"],
            pattern: #"\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b"#,
            triggering: [Example("# created: 2024-05-01T10:00:00Z\n# public key: age1\(Fake.string(58, from: "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))\n↓AGE-SECRET-KEY-1\(Fake.string(58, from: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))")],
            nonTriggering: [Example("AGE-SECRET-KEY-1\(Fake.string(20, from: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))")]),
    ]
}
