import WardCore

extension SecretRules {
    static let emailDelivery: [SecretRule] = [
        SecretRule(
            id: "sendgrid-api-key", title: "SendGrid API key",
            summary: "A Twilio SendGrid API key: it sends mail from the account's verified domains, which makes convincing phishing, and may read contacts and settings.",
            severity: .high, remediation: Remediation.rotate("API key", where: "SendGrid (Settings > API Keys, delete the key)"),
            tags: ["email", "sendgrid"], references: ["https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"],
            keywords: ["sg."],
            pattern: #"\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("SENDGRID_API_KEY=↓SG.\(Fake.base64URL(22)).\(Fake.base64URL(43))"),
                Example("sgMail.setApiKey('↓SG.\(Fake.base64URL(22)).\(Fake.base64URL(43))');"),
            ],
            nonTriggering: ["SENDGRID_API_KEY=SG.xxxxx.yyyyy", Example("key = \"SG.\(Fake.base64URL(22)).\(Fake.base64URL(30))\"")]),
        SecretRule(
            id: "mailgun-api-key", title: "Mailgun API key",
            summary: "A Mailgun account API key (key-…): it sends mail from every domain of the account and reads its logs and mailing lists.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Mailgun dashboard (API Security, delete the key)"),
            tags: ["email", "mailgun"], references: ["https://documentation.mailgun.com/docs/mailgun/user-manual/api-key-mgmt/"],
            keywords: ["mailgun"],
            pattern: #"(?i)mailgun[^\r\n]{0,40}?\b(key-[a-f0-9]{32})\b"#,
            triggering: [
                Example("MAILGUN_API_KEY=↓key-\(Fake.hex(32))"),
                Example("mailgun = Mailgun(domain, \"↓key-\(Fake.hex(32))\")"),
            ],
            nonTriggering: [Example("api_key = \"key-\(Fake.hex(32))\""), "MAILGUN_API_KEY=key-yourkeyhere"]),
        SecretRule(
            id: "mailgun-private-api-key", title: "Mailgun private API key",
            summary: "A Mailgun private API key in the current format (hex-hex-hex): it sends mail from the account's domains and manages their settings.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Mailgun dashboard (API Security, delete the key)"),
            tags: ["email", "mailgun"],
            keywords: ["mailgun"],
            pattern: #"(?i)mailgun[\w.-]{0,30}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})\b"#,
            entropy: 3.0,
            triggering: [Example("MAILGUN_API_KEY=↓\(Fake.hex(32))-\(Fake.hex(8))-\(Fake.hex(8))")],
            nonTriggering: [Example("MAILGUN_API_KEY=\(Fake.hex(32))"), Example("api_key=\(Fake.hex(32))-\(Fake.hex(8))-\(Fake.hex(8))")]),
        SecretRule(
            id: "mailgun-webhook-signing-key", title: "Mailgun webhook signing key",
            summary: "The key Mailgun signs its webhooks with: whoever holds it can forge delivery, bounce and complaint events that the application trusts.",
            severity: .high, remediation: Remediation.rotate("webhook signing key", where: "the Mailgun dashboard (Webhooks > HTTP webhook signing key, reset)"),
            tags: ["email", "mailgun", "webhook"], references: ["https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks"],
            keywords: ["mailgun"],
            pattern: #"(?i)mailgun[\w.-]{0,20}(?:webhook|signing)[\w.-]{0,20}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?((?:key-)?[a-f0-9]{32}(?:-[a-f0-9]{8}-[a-f0-9]{8})?)\b"#,
            entropy: 3.0, priority: 11,
            triggering: [
                Example("MAILGUN_WEBHOOK_SIGNING_KEY=↓\(Fake.hex(32))-\(Fake.hex(8))-\(Fake.hex(8))"),
                Example("mailgun.signingKey: ↓key-\(Fake.hex(32))"),
            ],
            nonTriggering: ["MAILGUN_WEBHOOK_SIGNING_KEY=${MAILGUN_SIGNING_KEY}"]),
        SecretRule(
            id: "mailchimp-api-key", title: "Mailchimp API key",
            summary: "A Mailchimp Marketing API key: it reads and exports the audience lists, personal data included, and sends campaigns as the account.",
            severity: .high, remediation: Remediation.rotate("API key", where: "Mailchimp (Profile > Extras > API keys)"),
            tags: ["email", "mailchimp"], references: ["https://mailchimp.com/developer/marketing/guides/quick-start/"],
            keywords: ["-us"],
            pattern: #"\b([a-f0-9]{32}-us[0-9]{1,2})\b"#,
            entropy: 3.0,
            triggering: [
                Example("MAILCHIMP_API_KEY=↓\(Fake.hex(32))-us\(Fake.digits(2))"),
                Example("mailchimp.setConfig({ apiKey: \"↓\(Fake.hex(32))-us6\", server: \"us6\" });"),
            ],
            nonTriggering: [Example("MAILCHIMP_API_KEY=\(Fake.hex(32))-eu1"), Example("MAILCHIMP_API_KEY=\(Fake.hex(20))-us6")]),
        SecretRule(
            id: "mailchimp-transactional-api-key", title: "Mailchimp Transactional (Mandrill) API key",
            summary: "A Mailchimp Transactional (Mandrill) API key: it sends mail from the account's sending domains and reads message content and recipients.",
            severity: .high, remediation: Remediation.rotate("API key", where: "Mailchimp Transactional (Settings > SMTP & API Info)"),
            tags: ["email", "mailchimp"], references: ["https://mailchimp.com/developer/transactional/guides/quick-start/"],
            keywords: ["mandrill", "transactional"],
            pattern: #"(?i)(?:mandrill|transactional)[\w.-]{0,20}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?(md-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])"#,
            triggering: [Example("MANDRILL_API_KEY=↓md-\(Fake.base64URL(22))")],
            nonTriggering: [Example("MANDRILL_API_KEY=md-\(Fake.base64URL(10))")]),
        SecretRule(
            id: "postmark-server-token", title: "Postmark server or account token",
            summary: "A Postmark server or account API token: it sends mail from the server's sender signatures and reads message history.",
            severity: .high, remediation: Remediation.rotate("API token", where: "Postmark (the server's API Tokens tab, or Account > API Tokens)"),
            tags: ["email", "postmark"], references: ["https://postmarkapp.com/developer/api/overview#authentication"],
            keywords: ["postmark"],
            pattern: #"(?i)postmark[\w.-]{0,25}["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b"#,
            entropy: 3.0,
            triggering: [
                Example("POSTMARK_SERVER_TOKEN=↓\(Fake.uuid())"),
                Example("curl -H \"X-Postmark-Server-Token: ↓\(Fake.uuid())\" https://api.postmarkapp.com/email"),
            ],
            nonTriggering: ["POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000", Example("request_id=\(Fake.uuid())")]),
        SecretRule(
            id: "brevo-api-key", title: "Brevo (Sendinblue) API key",
            summary: "A Brevo (formerly Sendinblue) API v3 key: it sends email and SMS campaigns as the account and exports its contact lists.",
            severity: .high, remediation: Remediation.rotate("API key", where: "Brevo (SMTP & API > API keys)"),
            tags: ["email", "brevo"], references: ["https://developers.brevo.com/docs/getting-started"],
            keywords: ["xkeysib-"],
            pattern: #"\b(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9])"#,
            triggering: [Example("BREVO_API_KEY=↓xkeysib-\(Fake.hex(64))-\(Fake.alnum(16))")],
            nonTriggering: ["BREVO_API_KEY=xkeysib-xxxxxxxx"]),
    ]
}
