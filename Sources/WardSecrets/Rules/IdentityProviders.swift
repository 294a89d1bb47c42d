import WardCore

extension SecretRules {
    static let identityProviders: [SecretRule] = [
        SecretRule(
            id: "okta-api-token", title: "Okta API token",
            summary: "An Okta API token (SSWS, 00…), recognised by an okta setting or the SSWS scheme: it calls the Okta management API with its creator's admin role — for a super admin, users, groups, apps and sign-on policies of the whole org.",
            severity: .critical, remediation: Remediation.rotate("API token", where: "the Okta Admin Console (Security › API › Tokens › Revoke)"),
            tags: ["identity", "okta"], references: ["https://developer.okta.com/docs/guides/create-an-api-token/"],
            keywords: ["okta", "ssws"],
            pattern: #"(?:(?i:okta[\w.-]{0,20}(?:api[_.-]?)?(?:token|key)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})|\bSSWS[ \t]+)(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [
                Example("OKTA_API_TOKEN=↓00\(Fake.base64URL(40))"),
                Example("curl -H \"Authorization: SSWS ↓00\(Fake.base64URL(40))\" https://acme.okta.com/api/v1/users"),
            ],
            nonTriggering: ["OKTA_API_TOKEN=${OKTA_API_TOKEN}", Example("OKTA_API_TOKEN=00\(Fake.base64URL(20))")]),
        SecretRule(
            id: "auth0-client-secret", title: "Auth0 client secret",
            summary: "The client secret of an Auth0 application, recognised by an auth0 setting: it obtains tokens as the application — for a machine-to-machine app, Management API tokens that can change users and tenant settings.",
            severity: .high, remediation: Remediation.rotate("client secret", where: "the Auth0 dashboard (Applications › the application › Credentials › Rotate secret)"),
            tags: ["identity", "auth0", "oauth"], references: ["https://auth0.com/docs/get-started/applications/rotate-client-secret"],
            keywords: ["auth0"],
            pattern: #"(?i:auth0[\w.-]{0,20}client[_.-]?secret["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])"#,
            entropy: 3.5,
            triggering: [Example("AUTH0_CLIENT_SECRET=↓\(Fake.base64URL(64))")],
            nonTriggering: ["AUTH0_CLIENT_SECRET=YOUR_AUTH0_CLIENT_SECRET", Example("AUTH0_CLIENT_SECRET=\(Fake.base64URL(32))")]),
    ]
}
