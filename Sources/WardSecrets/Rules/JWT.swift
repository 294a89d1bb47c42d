import WardCore

extension SecretRules {
    /// A signed JSON Web Token: base64url header and payload (both JSON objects, so `eyJ`), then a signature.
    static let jwtShape = #"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"#

    /// A fake signed JWT for examples.
    static func fakeJWT() -> String { "eyJ\(Fake.base64URL(33)).eyJ\(Fake.base64URL(80)).\(Fake.base64URL(43))" }

    /// A literal secret rather than a path to a key file or a word.
    @Sendable static func isSecretValue(_ value: [UInt8]) -> Bool {
        guard mixesCharacterClasses(value) else { return false }
        let text = String(decoding: value, as: UTF8.self).lowercased()
        let isPath = text.hasPrefix("./") || text.hasPrefix("~/") || text.hasPrefix("file:")
            || [".pem", ".key", ".pub", ".txt", ".json", ".jwk", ".p8"].contains { text.hasSuffix($0) }
        return !isPath
    }

    static let jwt: [SecretRule] = [
        SecretRule(
            id: "jwt", title: "JSON Web Token",
            summary: "A signed JSON Web Token: until it expires, it authenticates its bearer as the subject it names to every service that trusts the issuer. Many are short-lived; service and API tokens often never expire.",
            severity: .medium, confidence: .medium,
            remediation: "Decode the token (without sending it anywhere) to see its issuer, subject and expiry. If it has not expired, revoke it "
                + "at the issuer or rotate the signing key, and load tokens at run time instead of committing them.",
            tags: ["jwt"], references: ["https://datatracker.ietf.org/doc/html/rfc7519"],
            keywords: ["eyj"],
            pattern: #"\b("# + jwtShape + #")(?![A-Za-z0-9_-])"#,
            priority: 5,
            triggering: [
                Example("Authorization: Bearer ↓\(fakeJWT())"),
                Example("const token = \"↓\(fakeJWT())\";"),
            ],
            nonTriggering: [
                Example("token = \"eyJ\(Fake.base64URL(33)).eyJ\(Fake.base64URL(80)).\""),
                Example("header = \"eyJ\(Fake.base64URL(33))\""),
            ]),
        SecretRule(
            id: "jwt-signing-secret", title: "JWT signing secret",
            summary: "The shared secret an application signs its JSON Web Tokens with (HS256 and kin): whoever holds it can mint a valid token for any user or role.",
            severity: .high,
            remediation: "Generate a new signing secret (at least 256 random bits), deploy it from a secret manager or the CI's protected variables, "
                + "and expect every session signed with the old one to end. The old secret stays in the repository's history.",
            tags: ["jwt"],
            keywords: ["jwt"],
            pattern: #"(?i)jwt[_.-]?(?:signing[_.-]?key|secret(?:[_.-]?key)?)["'`]?\]?[ \t]{0,3}(?::|=|=>|:=)[ \t]{0,3}["'`]?([^\s"'`;,]{16,256})"#,
            entropy: 3.5, filtersPlaceholders: true, validator: isSecretValue,
            triggering: [
                Example("JWT_SECRET=↓\(Fake.base64(44))"),
                Example("JWT_SIGNING_KEY: \"↓\(Fake.alnum(28))\(Fake.digits(4))\""),
                Example("app.config[\"JWT_SECRET_KEY\"] = \"↓\(Fake.base64URL(48))\""),
            ],
            nonTriggering: [
                "JWT_SECRET=${JWT_SECRET}",
                "const jwtSecret = process.env.JWT_SECRET;",
                "jwt_secret: change-me-in-production",
                "JWT_SECRET=your_jwt_secret_here",
                "JWT_SECRET=/run/secrets/jwt-signing-secret.txt",
            ]),
        SecretRule(
            id: "supabase-service-role-key", title: "Supabase service role key",
            summary: "A Supabase service_role key, a JWT signed with the project's secret: it bypasses row-level security and reads and writes every table of the project.",
            severity: .critical,
            remediation: Remediation.rotate("service role key", where: "the Supabase dashboard (Project Settings > API, roll the JWT secret or move to the new API keys)"),
            tags: ["database", "supabase", "jwt"], references: ["https://supabase.com/docs/guides/api/api-keys"],
            keywords: ["service_role", "service-role", "servicerole", "service.role"],
            pattern: #"(?i:service[_.-]?role)[\w.-]{0,20}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?("# + jwtShape + #")(?![A-Za-z0-9_-])"#,
            priority: 20,
            triggering: [
                Example("SUPABASE_SERVICE_ROLE_KEY=↓\(fakeJWT())"),
                Example("service_role: \"↓\(fakeJWT())\""),
            ],
            nonTriggering: [
                Example("SUPABASE_ANON_KEY=\(fakeJWT())"),
                "SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}",
            ]),
    ]
}
