import WardCore

extension SecretRules {
    static let productivity: [SecretRule] = [
        SecretRule(
            id: "asana-personal-access-token", title: "Asana personal access token",
            summary: "An Asana personal access token: it reads and changes every project, task and comment its owner can see.",
            severity: .high, remediation: Remediation.rotate("personal access token", where: "the Asana developer console (My apps > Personal access tokens, deauthorize)"),
            tags: ["productivity", "asana"], references: ["https://developers.asana.com/docs/personal-access-token"],
            keywords: ["asana"],
            pattern: #"(?i)asana[\w.-]{0,25}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([0-9]{1,2}/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32})(?![A-Za-z0-9])"#,
            triggering: [
                Example("ASANA_ACCESS_TOKEN=↓2/\(Fake.digits(16))/\(Fake.digits(16)):\(Fake.hex(32))"),
                Example("asana_pat: \"↓1/\(Fake.digits(16)):\(Fake.alnum(32))\""),
            ],
            nonTriggering: ["ASANA_ACCESS_TOKEN=0/123:abc", Example("ASANA_WORKSPACE=\(Fake.digits(16))")]),
        SecretRule(
            id: "notion-integration-token", title: "Notion integration token",
            summary: "A Notion internal integration secret (ntn_… or the older secret_…): it reads and edits every page and database shared with the integration.",
            severity: .high, remediation: Remediation.rotate("integration secret", where: "Notion (Settings > Connections > Develop or manage integrations, refresh the secret)"),
            tags: ["productivity", "notion"], references: ["https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up"],
            keywords: ["ntn_", "secret_"],
            pattern: #"\b(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9])"#,
            entropy: 4.0,
            triggering: [
                Example("NOTION_TOKEN=↓ntn_\(Fake.digits(11))\(Fake.alnum(35))"),
                Example("const notion = new Client({ auth: \"↓secret_\(Fake.alnum(43))\" })"),
            ],
            nonTriggering: [Example("NOTION_TOKEN=secret_\(Fake.alnum(20))"), "let key = secret_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]),
        SecretRule(
            id: "airtable-personal-access-token", title: "Airtable personal access token",
            summary: "An Airtable personal access token (pat….): it reads and writes the records of the bases it was granted, within its scopes.",
            severity: .high, remediation: Remediation.rotate("personal access token", where: "the Airtable builder hub (Personal access tokens, delete or regenerate)"),
            tags: ["productivity", "airtable"], references: ["https://airtable.com/developers/web/guides/personal-access-tokens"],
            keywords: ["pat"],
            pattern: #"\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b"#,
            triggering: [Example("AIRTABLE_TOKEN=↓pat\(Fake.alnum(14)).\(Fake.hex(64))")],
            nonTriggering: [Example("AIRTABLE_TOKEN=pat\(Fake.alnum(14)).\(Fake.hex(20))")]),
        SecretRule(
            id: "airtable-api-key", title: "Airtable legacy API key",
            summary: "A legacy Airtable API key (key…): it had the full permissions of its user on every base they can reach.",
            severity: .high, remediation: Remediation.rotate("API key", where: "Airtable account settings (the legacy key has been retired: replace it with a scoped personal access token)"),
            tags: ["productivity", "airtable"],
            keywords: ["airtable"],
            pattern: #"(?i)airtable[\w.-]{0,25}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?(key[A-Za-z0-9]{14})(?![A-Za-z0-9])"#,
            entropy: 3.0,
            triggering: [Example("AIRTABLE_API_KEY=↓key\(Fake.alnum(14))")],
            nonTriggering: [Example("AIRTABLE_BASE_ID=app\(Fake.alnum(14))")]),
        SecretRule(
            id: "figma-personal-access-token", title: "Figma personal access token",
            summary: "A Figma personal access token (figd_…): it reads the files, comments and projects its owner can open, and writes within its scopes.",
            severity: .high, remediation: Remediation.rotate("personal access token", where: "Figma (Settings > Security > Personal access tokens, revoke)"),
            tags: ["productivity", "figma"], references: ["https://www.figma.com/developers/api#access-tokens"],
            keywords: ["figd_"],
            pattern: #"\b(figd_[A-Za-z0-9_-]{38,60})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [Example("FIGMA_TOKEN=↓figd_\(Fake.base64URL(40))")],
            nonTriggering: [Example("FIGMA_TOKEN=figd_\(Fake.base64URL(10))")]),
        SecretRule(
            id: "typeform-personal-access-token", title: "Typeform personal access token",
            summary: "A Typeform personal access token (tfp_…): it reads form responses, personal data included, and edits the account's forms.",
            severity: .high, remediation: Remediation.rotate("personal access token", where: "Typeform (Account > Personal tokens)"),
            tags: ["productivity", "typeform"], references: ["https://www.typeform.com/developers/get-started/personal-access-token/"],
            keywords: ["tfp_"],
            pattern: #"\b(tfp_[A-Za-z0-9_.=-]{40,80})(?![A-Za-z0-9_.=-])"#,
            entropy: 3.5,
            triggering: [Example("TYPEFORM_TOKEN=↓tfp_\(Fake.base64URL(44))_\(Fake.alnum(14))")],
            nonTriggering: [Example("TYPEFORM_TOKEN=tfp_\(Fake.alnum(12))")]),
        SecretRule(
            id: "clickup-personal-token", title: "ClickUp personal API token",
            summary: "A ClickUp personal API token (pk_…): it reads and edits the tasks, docs and spaces of every workspace its owner belongs to.",
            severity: .high, remediation: Remediation.rotate("personal token", where: "ClickUp (Settings > Apps, regenerate the API token)"),
            tags: ["productivity", "clickup"], references: ["https://clickup.com/api/developer-portal/authentication/"],
            keywords: ["pk_"],
            pattern: #"\b(pk_[0-9]{6,12}_[A-Z0-9]{32})(?![A-Za-z0-9])"#,
            triggering: [Example("CLICKUP_TOKEN=↓pk_\(Fake.digits(8))_\(Fake.upperAlnum(32))")],
            nonTriggering: [Example("STRIPE_PUBLISHABLE_KEY=pk_live_\(Fake.alnum(24))")]),
    ]
}
