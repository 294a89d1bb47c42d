import WardCore

extension SecretRules {
    static let twilio: [SecretRule] = [
        SecretRule(
            id: "twilio-api-key", title: "Twilio API key SID",
            summary: "A Twilio API key SID (SK…): with its secret it calls the account's APIs, sending SMS and placing calls billed to the account.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Twilio Console (Account > API keys & tokens, delete the key)"),
            tags: ["messaging", "twilio"], references: ["https://www.twilio.com/docs/iam/api-keys"],
            keywords: ["sk"],
            pattern: #"\b(SK[0-9a-fA-F]{32})\b"#,
            entropy: 3.0,
            triggering: [
                Example("TWILIO_API_KEY=↓SK\(Fake.hex(32))"),
                Example("let apiKeySid = \"↓SK\(Fake.hex(32))\""),
            ],
            nonTriggering: [Example("TWILIO_API_KEY=SK\(Fake.hex(16))"), Example("id = \"ASK\(Fake.hex(32))\"")]),
        SecretRule(
            id: "twilio-auth-token", title: "Twilio auth token",
            summary: "The primary auth token of a Twilio account: with the account SID it has full control of the account, numbers, messages and billing included.",
            severity: .critical, remediation: Remediation.rotate("auth token", where: "the Twilio Console (Account > API keys & tokens, promote a secondary token)"),
            tags: ["messaging", "twilio"], references: ["https://www.twilio.com/docs/iam/api/authtoken"],
            keywords: ["twilio"],
            pattern: #"(?i)twilio[\w.-]{0,20}auth[_.-]?token["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([a-f0-9]{32})\b"#,
            entropy: 3.0,
            triggering: [
                Example("TWILIO_AUTH_TOKEN=↓\(Fake.hex(32))"),
                Example("twilio:\n  twilioAuthToken: \"↓\(Fake.hex(32))\""),
            ],
            nonTriggering: ["TWILIO_AUTH_TOKEN=your_auth_token", Example("TWILIO_AUTH_TOKEN=\(Fake.hex(20))")]),
        SecretRule(
            id: "twilio-api-key-secret", title: "Twilio API key secret",
            summary: "The secret of a Twilio API key: with the key SID it calls the account's APIs, sending SMS and placing calls billed to the account.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Twilio Console (Account > API keys & tokens, delete the key)"),
            tags: ["messaging", "twilio"],
            keywords: ["twilio"],
            pattern: #"(?i)twilio[\w.-]{0,20}(?:api[_.-]?)?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [Example("TWILIO_API_SECRET=↓\(Fake.alnum(32))")],
            nonTriggering: ["TWILIO_API_SECRET=${TWILIO_API_SECRET}"]),
    ]
}
