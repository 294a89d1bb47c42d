import WardCore

extension SecretRules {
    static let miscServices: [SecretRule] = [
        SecretRule(
            id: "mapbox-secret-token", title: "Mapbox secret access token",
            summary: "A Mapbox secret token (sk.…): with its scopes it uploads and deletes tilesets and styles, downloads SDKs and manages the account's tokens.",
            severity: .high, remediation: Remediation.rotate("secret token", where: "the Mapbox account (Access tokens, delete the token)"),
            tags: ["maps", "mapbox"], references: ["https://docs.mapbox.com/accounts/guides/tokens/"],
            keywords: ["sk.eyj"],
            pattern: #"\b(sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])"#,
            priority: 20,
            triggering: [
                Example("MAPBOX_DOWNLOADS_TOKEN=↓sk.eyJ\(Fake.base64URL(60)).\(Fake.base64URL(22))"),
                Example("<string name=\"mapbox_secret\">↓sk.eyJ\(Fake.base64URL(60)).\(Fake.base64URL(22))</string>"),
            ],
            nonTriggering: [Example("MAPBOX_ACCESS_TOKEN=pk.eyJ\(Fake.base64URL(60)).\(Fake.base64URL(22))")]),
        SecretRule(
            id: "lob-api-key", title: "Lob API key",
            summary: "A Lob secret API key: it reads the address book and, with a live key, prints and mails letters and postcards billed to the account.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Lob dashboard (Settings > API Keys, roll the key)"),
            tags: ["mail", "lob"], references: ["https://docs.lob.com/#tag/Authentication"],
            keywords: ["lob"],
            pattern: #"(?i)lob[\w.-]{0,20}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?((?:live|test)_[a-f0-9]{35})\b"#,
            entropy: 3.0,
            triggering: [Example("LOB_API_KEY=↓live_\(Fake.hex(35))")],
            nonTriggering: [Example("LOB_API_KEY=live_pub_\(Fake.hex(32))")]),
        SecretRule(
            id: "frameio-api-token", title: "Frame.io developer token",
            summary: "A Frame.io developer token (fio-u-…): it downloads, uploads and shares the media of every project its owner can reach.",
            severity: .high, remediation: Remediation.rotate("developer token", where: "the Frame.io developer site (Tokens)"),
            tags: ["media", "frameio"], references: ["https://developer.frame.io/docs/getting-started/authentication"],
            keywords: ["fio-u-"],
            pattern: #"\b(fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])"#,
            triggering: [Example("FRAMEIO_TOKEN=↓fio-u-\(Fake.base64URL(64))")],
            nonTriggering: [Example("FRAMEIO_TOKEN=fio-u-\(Fake.base64URL(20))")]),
        SecretRule(
            id: "harness-api-key", title: "Harness API key",
            summary: "A Harness personal or service-account API token (pat.… / sat.…): within its role bindings it runs pipelines, changes deployments and edits the account's resources.",
            severity: .high, remediation: Remediation.rotate("API token", where: "Harness (the user or service account's API Keys, delete the token)"),
            tags: ["ci", "harness"], references: ["https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/"],
            keywords: ["pat.", "sat."],
            pattern: #"\b((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9])"#,
            triggering: [Example("HARNESS_API_KEY=↓pat.\(Fake.base64URL(22)).\(Fake.alnum(24)).\(Fake.alnum(20))")],
            nonTriggering: [Example("HARNESS_API_KEY=pat.\(Fake.base64URL(22)).\(Fake.alnum(10))")]),
        SecretRule(
            id: "beamer-api-key", title: "Beamer API key",
            summary: "A Beamer API key (b_…): it publishes and edits the product's changelog posts and reads the feedback its users left.",
            severity: .medium, remediation: Remediation.rotate("API key", where: "Beamer (Settings > API, delete the key)"),
            tags: ["product", "beamer"], references: ["https://www.getbeamer.com/api"],
            keywords: ["beamer"],
            pattern: #"(?i)beamer[\w.-]{0,20}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?(b_[A-Za-z0-9=_-]{44})(?![A-Za-z0-9=_-])"#,
            entropy: 3.5,
            triggering: [Example("BEAMER_API_KEY=↓b_\(Fake.base64URL(43))=")],
            nonTriggering: ["BEAMER_API_KEY=b_key"]),
    ]
}
