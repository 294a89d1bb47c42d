import WardCore

extension SecretRules {
    /// Identifier words that announce a credential in an assignment.
    static let credentialWords = #"pass(?:word|wd|phrase)|pwd|secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|client[_.-]?secret|private[_.-]?key|credentials?|signing[_.-]?key|encryption[_.-]?key"#

    /// A generic value must mix letters with digits or symbols: type names and words are not secrets.
    @Sendable static func mixesCharacterClasses(_ value: [UInt8]) -> Bool {
        let letters = value.contains { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
        let others = value.contains { !(($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z")) }
        return letters && others
    }

    static let generic: [SecretRule] = [
        SecretRule(
            id: "generic-credential-assignment", title: "Hard-coded credential",
            summary: "A password, secret, token or API key assigned a literal value in code or configuration. "
                + "Scored by entropy, with placeholders, template variables and code expressions left out.",
            severity: .high, confidence: .medium,
            remediation: "Move the value out of the source tree: read it at run time from the environment, a secret manager "
                + "or the CI's protected variables. If it was ever valid, rotate it: it stays in the repository's history.",
            tags: ["generic"],
            keywords: ["pass", "pwd", "secret", "token", "key", "credential"],
            pattern: "(?i)(?:" + credentialWords + #")[\w.-]{0,25}["'`]?[ \t]{0,5}(?:=|:=|:|=>|\?=|\|\|=)[ \t]{0,5}[@]?["'`]?([^\s"'`;,<>(){}\[\]]{8,128})"#,
            entropy: 3.5, filtersPlaceholders: true, validator: mixesCharacterClasses, priority: 0,
            // Each value mixes letters and digits and is long enough to clear the entropy threshold
            // whatever the generator draws.
            triggering: [
                Example("DB_PASSWORD=↓\(Fake.alnum(20))\(Fake.digits(3))"),
                Example("let apiKey = \"↓\(Fake.alnum(28))\(Fake.digits(4))\""),
                Example("spring.datasource.password: ↓\(Fake.alnum(16))\(Fake.digits(4))"),
                Example("client_secret => '↓\(Fake.base64URL(36))\(Fake.digits(4))'"),
            ],
            nonTriggering: [
                "password = \"changeme\"",
                "DB_PASSWORD=${DB_PASSWORD}",
                "token: <token>",
                "api_key = \"xxxxxxxxxxxxxxxxxxxxxxxx\"",
                "let token: UnsafeMutablePointer<UInt8>",
                "password = os.environ[\"DB_PASSWORD\"]",
                "secret = request.headers.authorization",
                "password: your_password_here",
                "let token = finding.secret?.sha256",
                "JWT_SECRET=/run/secrets/jwt_signing_key",
                "let line = \"API_TOKEN=tok_live_\\(generated)\"",
                "api_key = \"example-api-key-123\"",
                "password = \"aaaaaaaaaaaaaaaa\"",
            ]),
    ]
}
