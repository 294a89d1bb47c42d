import WardCore

extension SecretRules {
    static let shopify: [SecretRule] = [
        SecretRule(
            id: "shopify-access-token", title: "Shopify Admin API access token",
            summary: "A Shopify Admin API access token (shpat_): it reads and changes the store's orders, customers, products and settings within the app's scopes.",
            severity: .critical, remediation: Remediation.rotate("access token", where: "the Shopify admin (Settings > Apps and sales channels > Develop apps, uninstall or rotate the app's credentials)"),
            tags: ["ecommerce", "shopify"], references: ["https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin"],
            keywords: ["shpat_"],
            pattern: #"\b(shpat_[a-fA-F0-9]{32})\b"#,
            triggering: [
                Example("SHOPIFY_ACCESS_TOKEN=↓shpat_\(Fake.hex(32))"),
                Example("headers: { 'X-Shopify-Access-Token': '↓shpat_\(Fake.hex(32))' }"),
            ],
            nonTriggering: ["SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxx", Example("SHOPIFY_ACCESS_TOKEN=shpat_\(Fake.hex(24))")]),
        SecretRule(
            id: "shopify-custom-app-token", title: "Shopify custom app access token",
            summary: "An access token of a Shopify custom app (shpca_): it acts on the store with the scopes the merchant granted the app.",
            severity: .high, remediation: Remediation.rotate("access token", where: "the Shopify admin or Partner Dashboard (uninstall the custom app or rotate its credentials)"),
            tags: ["ecommerce", "shopify"],
            keywords: ["shpca_"],
            pattern: #"\b(shpca_[a-fA-F0-9]{32})\b"#,
            triggering: [Example("shopify_token: ↓shpca_\(Fake.hex(32))")],
            nonTriggering: [Example("shopify_token: shpca_\(Fake.hex(8))")]),
        SecretRule(
            id: "shopify-private-app-token", title: "Shopify private app password",
            summary: "The password of a legacy Shopify private app (shppa_): it calls the Admin API of the store with the app's permissions.",
            severity: .critical, remediation: Remediation.rotate("private app password", where: "the Shopify admin (Apps > Develop apps, delete the legacy private app)"),
            tags: ["ecommerce", "shopify"],
            keywords: ["shppa_"],
            pattern: #"\b(shppa_[a-fA-F0-9]{32})\b"#,
            triggering: [Example("SHOPIFY_PASSWORD=↓shppa_\(Fake.hex(32))")],
            nonTriggering: ["SHOPIFY_PASSWORD=shppa_<password>"]),
        SecretRule(
            id: "shopify-shared-secret", title: "Shopify app shared secret",
            summary: "The API secret of a Shopify app (shpss_): it verifies webhooks and OAuth callbacks, so whoever holds it can forge them and complete installs as the app.",
            severity: .high, remediation: Remediation.rotate("API secret", where: "the Shopify Partner Dashboard (the app's Client credentials, rotate)"),
            tags: ["ecommerce", "shopify", "webhook"],
            keywords: ["shpss_"],
            pattern: #"\b(shpss_[a-fA-F0-9]{32})\b"#,
            triggering: [Example("SHOPIFY_API_SECRET=↓shpss_\(Fake.hex(32))")],
            nonTriggering: [Example("SHOPIFY_API_SECRET=shpss_\(Fake.hex(31))g")]),
    ]
}
