import WardCore

extension SecretRules {
    static let cloudflare: [SecretRule] = [
        SecretRule(
            id: "cloudflare-api-token", title: "Cloudflare API token",
            summary: "A Cloudflare API token (40 characters), recognised by a cloudflare or CF_API_TOKEN setting: within its permissions it edits DNS records, WAF rules, Workers and zone settings, enough to redirect or intercept a site's traffic.",
            severity: .high, remediation: Remediation.rotate("API token", where: "the Cloudflare dashboard (My Profile › API Tokens › Roll or Delete)"),
            tags: ["cloud", "cloudflare"], references: ["https://developers.cloudflare.com/fundamentals/api/get-started/create-token/"],
            keywords: ["cloudflare", "cf_api_token", "cf_api_key"],
            pattern: #"(?i:(?:cloudflare|\bcf)[\w.-]{0,20}(?:api[_.-]?)?(?:token|key)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [
                Example("CLOUDFLARE_API_TOKEN=↓\(Fake.base64URL(40))"),
                Example("export CF_API_TOKEN=\"↓\(Fake.base64URL(40))\""),
                Example("cloudflare_api_key: ↓\(Fake.base64URL(40))"),
            ],
            nonTriggering: [
                "CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}",
                Example("CLOUDFLARE_API_TOKEN=\(Fake.base64URL(24))"),
            ]),
        SecretRule(
            id: "cloudflare-global-api-key", title: "Cloudflare global API key",
            summary: "A Cloudflare global API key (37 hex characters), recognised by a cloudflare or CF_API_KEY setting: with the account email it does everything the user can on every zone and account — it cannot be scoped.",
            severity: .critical, remediation: Remediation.rotate("global API key", where: "the Cloudflare dashboard (My Profile › API Tokens › Global API Key › Change), and replace it with scoped API tokens"),
            tags: ["cloud", "cloudflare"], references: ["https://developers.cloudflare.com/fundamentals/api/get-started/keys/"],
            keywords: ["cloudflare", "cf_api_key"],
            pattern: #"(?i:(?:cloudflare|\bcf)[\w.-]{0,20}key["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([a-f0-9]{37})(?![A-Za-z0-9])"#,
            entropy: 3.0,
            triggering: [
                Example("CF_API_KEY=↓\(Fake.hex(37))"),
                Example("cloudflare_global_api_key = \"↓\(Fake.hex(37))\""),
            ],
            nonTriggering: [Example("CF_API_KEY=\(Fake.hex(32))")]),
        SecretRule(
            id: "cloudflare-origin-ca-key", title: "Cloudflare Origin CA key",
            summary: "A Cloudflare Origin CA key (v1.0-…): it issues and revokes Origin CA certificates for the account's zones through the API.",
            severity: .high, remediation: Remediation.rotate("Origin CA key", where: "the Cloudflare dashboard (My Profile › API Tokens › Origin CA Key › Change)"),
            tags: ["cloud", "cloudflare", "tls"], references: ["https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/"],
            keywords: ["v1.0-"],
            pattern: #"\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b"#,
            triggering: [Example("CLOUDFLARE_ORIGIN_CA_KEY: ↓v1.0-\(Fake.hex(24))-\(Fake.hex(146))")],
            nonTriggering: [Example("version: v1.0-\(Fake.hex(24))")]),
    ]
}
