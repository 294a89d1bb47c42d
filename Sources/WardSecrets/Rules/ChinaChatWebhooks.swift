import WardCore

extension SecretRules {
    static let chinaChatWebhooks: [SecretRule] = [
        SecretRule(
            id: "dingtalk-robot-webhook", title: "DingTalk robot webhook token",
            summary: "The access token of a DingTalk group robot: with it anyone can post messages, links and @-mentions into the group as the robot.",
            severity: .high, remediation: Remediation.rotate("robot webhook", where: "the DingTalk group's robot settings (reset the webhook address)"),
            tags: ["chat", "dingtalk", "webhook"], references: ["https://open.dingtalk.com/document/robots/custom-robot-access"],
            keywords: ["oapi.dingtalk.com"],
            pattern: #"oapi\.dingtalk\.com/robot/send\?access_token=([a-f0-9]{64})\b"#,
            triggering: [
                Example("DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=↓\(Fake.hex(64))"),
                Example("webhook: \"https://oapi.dingtalk.com/robot/send?access_token=↓\(Fake.hex(64))\""),
            ],
            nonTriggering: [
                "DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}",
                Example("url = \"https://oapi.dingtalk.com/robot/send?access_token=\(Fake.hex(32))\""),
            ]),
        SecretRule(
            id: "dingtalk-robot-signing-secret", title: "DingTalk robot signing secret",
            summary: "The signing secret (SEC…) of a DingTalk robot with signature checks on: together with the webhook token it lets anyone post as the robot.",
            severity: .high, remediation: Remediation.rotate("signing secret", where: "the DingTalk group's robot security settings"),
            tags: ["chat", "dingtalk", "webhook"], references: ["https://open.dingtalk.com/document/robots/customize-robot-security-settings"],
            keywords: ["sec"],
            pattern: #"\b(SEC[a-f0-9]{64})\b"#,
            entropy: 3.0,
            triggering: [
                Example("DINGTALK_SECRET=↓SEC\(Fake.hex(64))"),
                Example("secret = \"↓SEC\(Fake.hex(64))\""),
            ],
            nonTriggering: [
                Example("secret = \"SEC\(Fake.hex(40))\""),
                Example("digest = \"XSEC\(Fake.hex(64))\""),
            ]),
        SecretRule(
            id: "wecom-robot-webhook", title: "WeCom group robot webhook key",
            summary: "The key of a WeCom (企业微信) group robot webhook: anyone holding it can post messages and files into the group.",
            severity: .high, remediation: Remediation.rotate("robot webhook", where: "the WeCom group's robot settings (remove the robot and add a new one)"),
            tags: ["chat", "wecom", "webhook"], references: ["https://developer.work.weixin.qq.com/document/path/91770"],
            keywords: ["qyapi.weixin.qq.com"],
            pattern: #"qyapi\.weixin\.qq\.com/cgi-bin/webhook/send\?key=([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b"#,
            triggering: [Example("WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=↓\(Fake.uuid())")],
            nonTriggering: ["WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<key>"]),
        SecretRule(
            id: "wecom-corp-secret", title: "WeCom application secret",
            summary: "A WeCom (企业微信) corpsecret: with the corp ID it obtains access tokens for the application's APIs, such as the contact directory and messaging.",
            severity: .high, remediation: Remediation.rotate("application secret", where: "the WeCom admin console (the application's Secret, reset)"),
            tags: ["chat", "wecom"], references: ["https://developer.work.weixin.qq.com/document/path/91039"],
            keywords: ["corpsecret", "corp_secret", "corp-secret", "corp.secret"],
            pattern: #"(?i)corp[_.-]?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [
                Example("WECOM_CORP_SECRET=↓\(Fake.base64URL(43))"),
                Example("https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww\(Fake.hex(16))&corpsecret=↓\(Fake.base64URL(43))"),
            ],
            nonTriggering: ["corpsecret=${WECOM_SECRET}", Example("corp_secret: \(Fake.base64URL(20))")]),
        SecretRule(
            id: "feishu-bot-webhook", title: "Feishu custom bot webhook",
            summary: "A Feishu custom bot webhook: anyone holding the URL can post messages and cards into the group.",
            severity: .high, remediation: Remediation.rotate("bot webhook", where: "the Feishu group's bot settings (reset the webhook address)"),
            tags: ["chat", "feishu", "webhook"], references: ["https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot"],
            keywords: ["open.feishu.cn"],
            pattern: #"open\.feishu\.cn/open-apis/bot/v2/hook/([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b"#,
            triggering: [Example("FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/↓\(Fake.uuid())")],
            nonTriggering: ["FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx"]),
        SecretRule(
            id: "lark-bot-webhook", title: "Lark custom bot webhook",
            summary: "A Lark (international Feishu) custom bot webhook: anyone holding the URL can post messages and cards into the group.",
            severity: .high, remediation: Remediation.rotate("bot webhook", where: "the Lark group's bot settings (reset the webhook address)"),
            tags: ["chat", "lark", "webhook"],
            keywords: ["open.larksuite.com"],
            pattern: #"open\.larksuite\.com/open-apis/bot/v2/hook/([a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\b"#,
            triggering: [Example("\"webhook\": \"https://open.larksuite.com/open-apis/bot/v2/hook/↓\(Fake.uuid())\"")],
            nonTriggering: ["\"webhook\": \"https://open.larksuite.com/open-apis/bot/v2/hook/{hook_id}\""]),
        SecretRule(
            id: "feishu-app-secret", title: "Feishu / Lark app secret",
            summary: "The App Secret of a Feishu or Lark application: with the App ID it obtains tenant access tokens and calls every API the app was granted.",
            severity: .high, remediation: Remediation.rotate("app secret", where: "the Feishu / Lark developer console (Credentials & Basic Info, reset)"),
            tags: ["chat", "feishu", "lark"], references: ["https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal"],
            keywords: ["feishu", "lark"],
            pattern: #"(?i)(?:feishu|lark)[\w.-]{0,20}app[_.-]?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9]{32})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [
                Example("FEISHU_APP_SECRET=↓\(Fake.alnum(32))"),
                Example("lark.appSecret: \"↓\(Fake.alnum(32))\""),
            ],
            nonTriggering: ["FEISHU_APP_SECRET=${FEISHU_APP_SECRET}", Example("app_secret = \"\(Fake.alnum(32))\"")]),
        SecretRule(
            id: "wechat-app-secret", title: "WeChat AppSecret",
            summary: "The AppSecret of a WeChat official account or mini program: it obtains access tokens to send messages, read followers and manage menus for the account.",
            severity: .high, remediation: Remediation.rotate("AppSecret", where: "the WeChat Official Accounts / Mini Program admin platform (Development > Basic configuration, reset)"),
            tags: ["chat", "wechat"], references: ["https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_access_token.html"],
            keywords: ["wechat", "weixin", "wx"],
            pattern: #"(?i)(?:wechat|weixin|wx)[\w.-]{0,20}secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([a-f0-9]{32})\b"#,
            entropy: 3.0,
            triggering: [
                Example("WECHAT_APP_SECRET=↓\(Fake.hex(32))"),
                Example("wx.appsecret: \"↓\(Fake.hex(32))\""),
            ],
            nonTriggering: ["WECHAT_APP_SECRET=your_app_secret", Example("WECHAT_APP_SECRET=\(Fake.hex(16))")]),
    ]
}
