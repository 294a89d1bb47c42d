import WardCore

extension SecretRules {
    static let stripe: [SecretRule] = [
        SecretRule(
            id: "stripe-live-secret-key", title: "Stripe live secret key",
            summary: "A Stripe live-mode secret key: it creates charges, issues refunds and payouts and reads every customer and payment of the account.",
            severity: .critical, remediation: Remediation.rotate("secret key", where: "the Stripe Dashboard (Developers > API keys, roll key)"),
            tags: ["payments", "stripe"], references: ["https://docs.stripe.com/keys"],
            keywords: ["sk_live_"],
            pattern: #"\b(sk_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])"#,
            triggering: [
                Example("STRIPE_SECRET_KEY=↓sk_live_\(Fake.alnum(99))"),
                Example("Stripe.apiKey = \"↓sk_live_\(Fake.alnum(24))\";"),
            ],
            nonTriggering: ["STRIPE_SECRET_KEY=sk_live_...", Example("STRIPE_PUBLISHABLE_KEY=pk_live_\(Fake.alnum(99))")]),
        SecretRule(
            id: "stripe-restricted-key", title: "Stripe live restricted key",
            summary: "A Stripe live-mode restricted key: it has whichever read or write permissions it was given, often enough to read customers or create charges.",
            severity: .high, remediation: Remediation.rotate("restricted key", where: "the Stripe Dashboard (Developers > API keys, roll or delete the restricted key)"),
            tags: ["payments", "stripe"], references: ["https://docs.stripe.com/keys#limit-access"],
            keywords: ["rk_live_"],
            pattern: #"\b(rk_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])"#,
            triggering: [Example("stripe_key: ↓rk_live_\(Fake.alnum(99))")],
            nonTriggering: [Example("stripe_key: rk_live_\(Fake.alnum(10))")]),
        SecretRule(
            id: "stripe-test-secret-key", title: "Stripe test-mode secret key",
            summary: "A Stripe test-mode secret or restricted key: it cannot move money, but it exposes the account's test data and settings and often sits next to the live key.",
            severity: .medium, remediation: Remediation.rotate("test key", where: "the Stripe Dashboard in test mode (Developers > API keys)"),
            tags: ["payments", "stripe"], references: ["https://docs.stripe.com/keys#test-live-modes"],
            keywords: ["sk_test_", "rk_test_"],
            pattern: #"\b((?:sk|rk)_test_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])"#,
            triggering: [Example("STRIPE_SECRET_KEY=↓sk_test_\(Fake.alnum(99))")],
            nonTriggering: ["STRIPE_SECRET_KEY=sk_test_xxx", Example("STRIPE_PUBLISHABLE_KEY=pk_test_\(Fake.alnum(99))")]),
        SecretRule(
            id: "stripe-webhook-secret", title: "Stripe webhook signing secret",
            summary: "The secret a Stripe webhook endpoint verifies signatures with: whoever holds it can forge payment and subscription events that the application acts on.",
            severity: .high, remediation: Remediation.rotate("signing secret", where: "the Stripe Dashboard (Developers > Webhooks > the endpoint, roll secret)"),
            tags: ["payments", "stripe", "webhook"], references: ["https://docs.stripe.com/webhooks#verify-events"],
            keywords: ["whsec_"],
            pattern: #"\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])"#,
            triggering: [
                Example("STRIPE_WEBHOOK_SECRET=↓whsec_\(Fake.alnum(32))"),
                Example("endpoint_secret = '↓whsec_\(Fake.alnum(64))'"),
            ],
            nonTriggering: ["STRIPE_WEBHOOK_SECRET=whsec_...", Example("STRIPE_WEBHOOK_SECRET=whsec_\(Fake.alnum(16))")]),
    ]
}
