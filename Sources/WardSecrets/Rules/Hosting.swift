import WardCore

extension SecretRules {
    static let hosting: [SecretRule] = [
        SecretRule(
            id: "heroku-api-key", title: "Heroku API key",
            summary: "A Heroku API key or authorization token (HRKU-…): it acts as the user on every app they can reach — deploying code, running one-off dynos and reading config vars full of production secrets.",
            severity: .critical, remediation: Remediation.rotate("API key", where: "the Heroku dashboard (Account settings › Applications or API Key › Regenerate), or `heroku authorizations:revoke`"),
            tags: ["cloud", "heroku"], references: ["https://devcenter.heroku.com/articles/authentication"],
            keywords: ["hrku-"],
            pattern: #"\b(HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [
                Example("HEROKU_API_KEY=↓HRKU-AA\(Fake.base64URL(58))"),
                Example("machine api.heroku.com\n  login ci@example.com\n  password ↓HRKU-AA\(Fake.base64URL(58))"),
            ],
            nonTriggering: [Example("HEROKU_API_KEY=HRKU-AA\(Fake.base64URL(20))")]),
        SecretRule(
            id: "heroku-api-key-legacy", title: "Heroku API key (UUID format)",
            summary: "A Heroku API key in the older UUID format, recognised by a heroku setting: it acts as the user on every app they can reach.",
            severity: .critical, remediation: Remediation.rotate("API key", where: "the Heroku dashboard (Account settings › API Key › Regenerate)"),
            tags: ["cloud", "heroku"], references: ["https://devcenter.heroku.com/articles/authentication"],
            keywords: ["heroku"],
            pattern: #"(?i:heroku[\w.-]{0,20}(?:api[_.-]?)?(?:key|token)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            entropy: 3.0,
            triggering: [Example("const HEROKU_API_KEY = \"↓\(Fake.uuid())\"")],
            nonTriggering: ["HEROKU_API_KEY=00000000-0000-0000-0000-000000000000"]),
        SecretRule(
            id: "flyio-access-token", title: "Fly.io access token",
            summary: "A Fly.io access token (fo1_ user token, or an fm1/fm2 macaroon as in FlyV1 tokens): it deploys, reads secrets of and destroys the organization's apps and machines within its caveats.",
            severity: .high, remediation: Remediation.rotate("token", where: "Fly.io (`fly tokens revoke`, or the dashboard's Tokens page)"),
            tags: ["cloud", "flyio"], references: ["https://fly.io/docs/security/tokens/"],
            keywords: ["fo1_", "fm1", "fm2_"],
            pattern: #"\b(fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,4000}={0,3}|fm2_[A-Za-z0-9+/]{100,4000}={0,3})(?![A-Za-z0-9_+/=-])"#,
            entropy: 3.5,
            triggering: [
                Example("FLY_API_TOKEN=↓fo1_\(Fake.base64URL(43))"),
                Example("FLY_API_TOKEN: FlyV1 ↓fm2_lJPE\(Fake.base64(200))=="),
            ],
            nonTriggering: [
                "api_key = \"fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
                "pub const MINIDUMP_SYSMEMINFO1_PERF_CCTOTALDIRTYPAGES: u32 = 4u32;",
            ]),
        SecretRule(
            id: "netlify-access-token", title: "Netlify personal access token",
            summary: "A Netlify personal access token (nfp_): it deploys to, reconfigures and reads the environment variables of every site the user can manage.",
            severity: .high, remediation: Remediation.rotate("access token", where: "Netlify (User settings › Applications › Personal access tokens)"),
            tags: ["cloud", "netlify"], references: ["https://docs.netlify.com/api/get-started/#authentication"],
            keywords: ["nfp_"],
            pattern: #"\b(nfp_[A-Za-z0-9_]{36})(?![A-Za-z0-9_])"#,
            entropy: 3.5,
            triggering: [Example("NETLIFY_AUTH_TOKEN=↓nfp_\(Fake.alnum(36))")],
            nonTriggering: [Example("NETLIFY_AUTH_TOKEN=nfp_\(Fake.alnum(20))")]),
        SecretRule(
            id: "vercel-access-token", title: "Vercel access token",
            summary: "A Vercel access token, recognised by a vercel setting: it deploys, reads environment variables and changes domains of the projects in its scope.",
            severity: .high, confidence: .medium,
            remediation: Remediation.rotate("access token", where: "Vercel (Account Settings › Tokens)"),
            tags: ["cloud", "vercel"], references: ["https://vercel.com/docs/rest-api#authentication"],
            keywords: ["vercel"],
            pattern: #"(?i:vercel[\w.-]{0,20}(?:api[_.-]?|access[_.-]?|auth[_.-]?)?(?:token|key)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9]{24})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [Example("VERCEL_TOKEN=↓\(Fake.alnum(24))")],
            nonTriggering: ["VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}", Example("VERCEL_TOKEN=\(Fake.alnum(12))")]),
    ]
}
