import WardCore

extension SecretRules {
    static let chatPlatforms: [SecretRule] = [
        SecretRule(
            id: "telegram-bot-token", title: "Telegram bot token",
            summary: "A Telegram Bot API token: it controls the bot completely, reading the messages sent to it and posting in every chat it belongs to.",
            severity: .high, remediation: Remediation.rotate("bot token", where: "@BotFather (/revoke, then pick the bot)"),
            tags: ["chat", "telegram"], references: ["https://core.telegram.org/bots/api#authorizing-your-bot"],
            keywords: ["telegram", "bot"],
            pattern: #"(?i:telegram|bot)[^\r\n]{0,40}?(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("TELEGRAM_BOT_TOKEN=↓\(Fake.digits(10)):AA\(Fake.base64URL(33))"),
                Example("curl https://api.telegram.org/bot↓\(Fake.digits(9)):AA\(Fake.base64URL(33))/getMe"),
                Example("bot = Bot(token=\"↓\(Fake.digits(10)):AA\(Fake.base64URL(33))\")"),
            ],
            nonTriggering: [
                Example("ratio = \"\(Fake.digits(10)):AA\(Fake.base64URL(33))\""),
                Example("TELEGRAM_BOT_TOKEN=\(Fake.digits(10)):AA\(Fake.base64URL(20))"),
            ]),
        SecretRule(
            id: "discord-bot-token", title: "Discord bot token",
            summary: "A Discord bot token: it logs in as the bot and can read, post and moderate in every server that installed it, within the bot's permissions.",
            severity: .high, confidence: .medium,
            remediation: Remediation.rotate("bot token", where: "the Discord Developer Portal (Bot > Reset Token)"),
            tags: ["chat", "discord"], references: ["https://discord.com/developers/docs/reference#authentication"],
            keywords: ["discord"],
            pattern: #"(?i:discord)[^\r\n]{0,60}?\b([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("DISCORD_BOT_TOKEN=↓M\(Fake.alnum(25)).\(Fake.base64URL(6)).\(Fake.base64URL(38))"),
                Example("discordClient.login(\"↓N\(Fake.alnum(23)).\(Fake.base64URL(6)).\(Fake.base64URL(27))\")"),
            ],
            nonTriggering: [
                Example("DISCORD_BOT_TOKEN=M\(Fake.alnum(25)).\(Fake.base64URL(3)).\(Fake.base64URL(38))"),
                Example("version = \"M\(Fake.alnum(25)).\(Fake.base64URL(6)).\(Fake.base64URL(38))\""),
            ]),
        SecretRule(
            id: "discord-webhook-url", title: "Discord webhook",
            summary: "A Discord channel webhook URL: anyone holding it can post messages, with any name and avatar, into the channel.",
            severity: .high, remediation: Remediation.rotate("webhook", where: "the channel's Integrations > Webhooks settings (delete it and create a new one)"),
            tags: ["chat", "discord", "webhook"], references: ["https://discord.com/developers/docs/resources/webhook"],
            keywords: ["discord"],
            pattern: #"(?:discord|discordapp)\.com/api/(?:v[0-9]{1,2}/)?webhooks/([0-9]{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("DISCORD_WEBHOOK=https://discord.com/api/webhooks/↓\(Fake.digits(19))/\(Fake.base64URL(68))"),
                Example("url: \"https://discordapp.com/api/webhooks/↓\(Fake.digits(18))/\(Fake.base64URL(68))\""),
            ],
            nonTriggering: ["url: https://discord.com/api/webhooks/{webhook.id}/{webhook.token}"]),
        SecretRule(
            id: "discord-client-secret", title: "Discord OAuth2 client secret",
            summary: "The OAuth2 client secret of a Discord application: it exchanges authorisation codes for user tokens in the application's name.",
            severity: .high, remediation: Remediation.rotate("client secret", where: "the Discord Developer Portal (OAuth2 > Reset Secret)"),
            tags: ["chat", "discord"],
            keywords: ["discord"],
            pattern: #"(?i)discord[\w.-]{0,20}client[_.-]?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [Example("DISCORD_CLIENT_SECRET=↓\(Fake.base64URL(32))")],
            nonTriggering: ["DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}"]),
        SecretRule(
            id: "microsoft-teams-webhook", title: "Microsoft Teams incoming webhook",
            summary: "A Microsoft Teams incoming-webhook URL: anyone holding it can post messages and cards into the channel, a ready channel for phishing.",
            severity: .high, remediation: Remediation.rotate("webhook", where: "the channel's Connectors settings in Teams (remove the Incoming Webhook and configure a new one)"),
            tags: ["chat", "teams", "webhook"], references: ["https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"],
            keywords: ["webhook.office.com"],
            pattern: #"\.webhook\.office\.com/webhookb2/([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}@[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}/IncomingWebhook/[A-Za-z0-9]{32}/[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?:/[A-Za-z0-9_-]{20,80})?)"#,
            triggering: [
                Example("TEAMS_WEBHOOK=https://contoso.webhook.office.com/webhookb2/↓\(Fake.uuid())@\(Fake.uuid())/IncomingWebhook/\(Fake.hex(32))/\(Fake.uuid())"),
                Example("url: \"https://acme.webhook.office.com/webhookb2/↓\(Fake.uuid())@\(Fake.uuid())/IncomingWebhook/\(Fake.alnum(32))/\(Fake.uuid())/V2\(Fake.base64URL(40))\""),
            ],
            nonTriggering: ["url: https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>"]),
        SecretRule(
            id: "microsoft-teams-workflow-webhook", title: "Microsoft Teams workflow (Power Automate) webhook",
            summary: "A Power Automate HTTP trigger URL with its signature, as Teams workflows use to replace connectors: anyone holding it can run the flow and post to the channel.",
            severity: .high, remediation: Remediation.rotate("workflow URL", where: "Power Automate (recreate the trigger or regenerate the flow's access key)"),
            tags: ["chat", "teams", "webhook"],
            keywords: ["logic.azure.com"],
            pattern: #"logic\.azure\.com(?::443)?/workflows/[a-f0-9]{32}/triggers/[^\s"'?]{1,80}/paths/invoke\?[^\s"']{0,200}?\bsig=([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])"#,
            triggering: [
                Example("TEAMS_FLOW_URL=https://prod-12.westeurope.logic.azure.com:443/workflows/\(Fake.hex(32))/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=↓\(Fake.base64URL(43))"),
            ],
            nonTriggering: [Example("TEAMS_FLOW_URL=https://prod-12.westeurope.logic.azure.com:443/workflows/\(Fake.hex(32))/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<signature>")]),
    ]
}
