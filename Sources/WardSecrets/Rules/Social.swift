import WardCore

extension SecretRules {
    static let social: [SecretRule] = [
        SecretRule(
            id: "facebook-access-token", title: "Facebook / Meta access token",
            summary: "A Meta Graph API access token (EAA…): depending on its type it posts as a Page, reads a user's data, manages ads or sends WhatsApp messages for the business.",
            severity: .high, remediation: Remediation.rotate("access token", where: "Meta for Developers or Business Settings (invalidate the token, or reset the system user's tokens)"),
            tags: ["social", "facebook", "meta"], references: ["https://developers.facebook.com/docs/facebook-login/guides/access-tokens"],
            keywords: ["facebook", "fb", "graph", "meta", "instagram", "whatsapp"],
            pattern: #"(?i:facebook|fb|graph|meta|instagram|whatsapp)[^\r\n]{0,40}?\b(EAA[A-Za-z0-9]{30,400})(?![A-Za-z0-9])"#,
            entropy: 3.5, priority: 15,
            triggering: [
                Example("FACEBOOK_ACCESS_TOKEN=↓EAAB\(Fake.alnum(180))"),
                Example("curl \"https://graph.facebook.com/v19.0/me?access_token=↓EAAG\(Fake.alnum(120))\""),
                Example("WHATSAPP_TOKEN: ↓EAAJ\(Fake.alnum(200))"),
            ],
            nonTriggering: [Example("token = \"EAAB\(Fake.alnum(180))\""), "FACEBOOK_ACCESS_TOKEN=EAAB_your_token"]),
        SecretRule(
            id: "facebook-app-secret", title: "Facebook / Meta app secret",
            summary: "The secret of a Meta app: it makes app access tokens and signs server calls, so it acts as the app for every user who authorised it.",
            severity: .high, remediation: Remediation.rotate("app secret", where: "Meta for Developers (App settings > Basic, reset the App Secret)"),
            tags: ["social", "facebook", "meta"], references: ["https://developers.facebook.com/docs/facebook-login/security#appsecret"],
            keywords: ["facebook", "fb"],
            pattern: #"(?i)(?:facebook|fb)[\w.-]{0,20}secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([a-f0-9]{32})\b"#,
            entropy: 3.0,
            triggering: [Example("FACEBOOK_APP_SECRET=↓\(Fake.hex(32))"), Example("fbAppSecret: \"↓\(Fake.hex(32))\"")],
            nonTriggering: ["FACEBOOK_APP_SECRET=your-app-secret", Example("FACEBOOK_APP_ID=\(Fake.digits(16))")]),
        SecretRule(
            id: "twitter-bearer-token", title: "X / Twitter app bearer token",
            summary: "An app-only bearer token of the X (Twitter) API: it reads public data and uses the app's rate limits and paid access tier.",
            severity: .high, remediation: Remediation.rotate("bearer token", where: "the X Developer Portal (the app's Keys and tokens, regenerate)"),
            tags: ["social", "twitter"], references: ["https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens"],
            keywords: ["twitter", "bearer"],
            pattern: #"(?i:twitter|bearer)[^\r\n]{0,40}?(?<![A-Za-z0-9%])(A{20,22}[A-Za-z0-9%]{80,120})(?![A-Za-z0-9%])"#,
            priority: 15,
            triggering: [
                Example("TWITTER_BEARER_TOKEN=↓AAAAAAAAAAAAAAAAAAAAA\(Fake.alnum(90))%3D\(Fake.alnum(20))"),
                Example("curl -H \"Authorization: Bearer ↓AAAAAAAAAAAAAAAAAAAAA\(Fake.alnum(100))\" https://api.x.com/2/tweets"),
            ],
            nonTriggering: [Example("data = \"AAAAAAAAAAAAAAAAAAAAA\(Fake.alnum(100))\""), "TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA..."]),
        SecretRule(
            id: "twitter-api-secret", title: "X / Twitter API key secret",
            summary: "The API key secret (consumer secret) of an X (Twitter) app: with the API key it signs requests as the app and, with user tokens, posts as those users.",
            severity: .high, remediation: Remediation.rotate("API key and secret", where: "the X Developer Portal (the app's Keys and tokens, regenerate)"),
            tags: ["social", "twitter"],
            keywords: ["twitter"],
            pattern: #"(?i)twitter[\w.-]{0,20}(?:api|consumer|access[_.-]?token)[_.-]?(?:key[_.-]?)?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9]{45,50})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [
                Example("TWITTER_API_SECRET=↓\(Fake.alnum(50))"),
                Example("twitter_access_token_secret: \"↓\(Fake.alnum(45))\""),
            ],
            nonTriggering: ["TWITTER_API_SECRET=${TWITTER_API_SECRET}", Example("TWITTER_API_KEY=\(Fake.alnum(25))")]),
        SecretRule(
            id: "linkedin-client-secret", title: "LinkedIn client secret",
            summary: "The client secret of a LinkedIn app: it exchanges authorisation codes for member tokens that post and read profile data in the app's name.",
            severity: .high, remediation: Remediation.rotate("client secret", where: "the LinkedIn Developer Portal (the app's Auth tab, generate a new secret)"),
            tags: ["social", "linkedin"], references: ["https://learn.microsoft.com/linkedin/shared/authentication/authorization-code-flow"],
            keywords: ["linkedin"],
            pattern: #"(?i)linkedin[\w.-]{0,20}(?:client[_.-]?)?secret["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?((?:WPL_AP[0-9]\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/=]{8,})|[A-Za-z0-9]{16})(?![A-Za-z0-9+/=.])"#,
            entropy: 3.0,
            triggering: [
                Example("LINKEDIN_CLIENT_SECRET=↓\(Fake.alnum(16))"),
                Example("linkedin.clientSecret: ↓WPL_AP1.\(Fake.alnum(16)).\(Fake.base64(12))=="),
            ],
            nonTriggering: ["LINKEDIN_CLIENT_SECRET=<client-secret>", Example("LINKEDIN_CLIENT_ID=\(Fake.lowerAlnum(14))")]),
    ]
}
