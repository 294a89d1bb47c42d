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

    /// Files where values are written without quotes: dotenv, YAML, properties, INI, shell,
    /// Dockerfiles. In source code a hard-coded credential is a string literal, and an unquoted
    /// `name: Value` is a type annotation or a label, so the unquoted rule stays out of code.
    static let configurationFiles = [
        ".env", ".env.*", "*.env", "*.yml", "*.yaml", "*.properties", "*.ini", "*.cfg", "*.conf", "*.cnf", "*.toml",
        "*.tfvars", "*.sh", "*.bash", "*.zsh", "*.ps1", "*.bat", "*.cmd", "Dockerfile", "Dockerfile.*", "*.dockerfile",
        "Containerfile", "Makefile", "*.mk", "*.envrc", ".envrc", "*.npmrc", ".npmrc", "*.pgpass", "*.netrc", "*.txt",
    ]

    static let genericSummary = "A password, secret, token or API key assigned a literal value. Scored by entropy, with "
        + "placeholders, template variables and code expressions left out."
    static let genericRemediation = "Move the value out of the source tree: read it at run time from the environment, a secret "
        + "manager or the CI's protected variables. If it was ever valid, rotate it: it stays in the repository's history."

    static let generic: [SecretRule] = [
        SecretRule(
            id: "generic-credential-assignment", title: "Hard-coded credential",
            summary: genericSummary + " This rule takes quoted values, in any file.",
            severity: .high, confidence: .medium, remediation: genericRemediation, tags: ["generic"],
            keywords: ["pass", "pwd", "secret", "token", "key", "credential"],
            // An optional type annotation (`signingKey: String = "…"`) may stand between name and value.
            pattern: "(?i)(?:" + credentialWords + #")[\w.-]{0,25}["'`]?(?:[ \t]*:[ \t]*[\w.?<>]{1,40})?[ \t]{0,5}(?:=|:=|:|=>|\?=|\|\|=)[ \t]{0,5}[@]?["'`]([^\s"'`;,<>(){}\[\]]{8,256})["'`]"#,
            entropy: 3.5, filtersPlaceholders: true, validator: mixesCharacterClasses, priority: 0,
            // Each value mixes letters and digits and is long enough to clear the entropy threshold
            // whatever the generator draws.
            triggering: [
                Example("let apiKey = \"↓\(Fake.alnum(28))\(Fake.digits(4))\""),
                Example("client_secret => '↓\(Fake.base64URL(36))\(Fake.digits(4))'"),
                Example("\"db_password\": \"↓\(Fake.alnum(18))\(Fake.digits(3))\","),
                Example("val signingKey: String = \"↓\(Fake.alnum(30))\(Fake.digits(2))\"", path: "Signer.kt"),
            ],
            nonTriggering: [
                "password = \"changeme\"",
                "api_key = \"xxxxxxxxxxxxxxxxxxxxxxxx\"",
                "let token: UnsafeMutablePointer<UInt8>",
                "password = os.environ[\"DB_PASSWORD\"]",
                "let token = finding.secret?.sha256",
                "let line = \"API_TOKEN=tok_live_\\(generated)\"",
                "api_key = \"example-api-key-123\"",
                "password = \"aaaaaaaaaaaaaaaa\"",
                Example("privateKey: NIOSSLPrivateKey2 = nil,", path: "TLS.swift"),
                Example("DB_PASSWORD=\(Fake.alnum(20))\(Fake.digits(3))", path: "Sources/Config.swift"),
            ]),
        SecretRule(
            id: "generic-credential-config-value", title: "Hard-coded credential in a configuration file",
            summary: genericSummary + " This rule takes unquoted values, in configuration-style files only (dotenv, "
                + "YAML, properties, INI, shell, Dockerfiles), where values are written without quotes.",
            severity: .high, confidence: .medium, remediation: genericRemediation, tags: ["generic"],
            keywords: ["pass", "pwd", "secret", "token", "key", "credential"],
            pattern: "(?i)(?:" + credentialWords + #")[\w.-]{0,25}[ \t]{0,5}(?:=|:)[ \t]{0,5}([^\s"'`;,<>(){}\[\]#]{8,256})(?=[\s;,#]|$)"#,
            entropy: 3.5, paths: configurationFiles, filtersPlaceholders: true, validator: mixesCharacterClasses, priority: 0,
            triggering: [
                Example("DB_PASSWORD=↓\(Fake.alnum(20))\(Fake.digits(3))", path: ".env"),
                Example("spring.datasource.password: ↓\(Fake.alnum(16))\(Fake.digits(4))", path: "config/application.yml"),
                Example("export API_TOKEN=↓\(Fake.alnum(24))\(Fake.digits(4))  # staging", path: "deploy.sh"),
                Example("ENV SIGNING_KEY=↓\(Fake.alnum(26))\(Fake.digits(3))", path: "Dockerfile"),
            ],
            nonTriggering: [
                Example("DB_PASSWORD=${DB_PASSWORD}", path: ".env"),
                Example("token: <token>", path: "values.yaml"),
                Example("secret = request.headers.authorization", path: "app.ini"),
                Example("password: your_password_here", path: "values.yaml"),
                Example("JWT_SECRET=/run/secrets/jwt_signing_key", path: ".env"),
                Example("DB_PASSWORD=\(Fake.alnum(20))\(Fake.digits(3))", path: "Sources/Config.swift"),
            ]),
    ]
}
