import WardCore

extension SecretRules {
    static let bitbucket: [SecretRule] = [
        SecretRule(
            id: "bitbucket-app-password", title: "Bitbucket app password",
            summary: "A Bitbucket Cloud app password (ATBB…): with the username it reaches repositories, pull requests, pipelines and workspace settings within its permissions, over Git and the API.",
            severity: .high, remediation: Remediation.rotate("app password", where: "Bitbucket (Personal settings › App passwords › Revoke), and prefer scoped API or access tokens"),
            tags: ["git", "bitbucket"], references: ["https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/"],
            keywords: ["atbb"],
            pattern: #"\b(ATBB[A-Za-z0-9_=.-]{32})(?![A-Za-z0-9_=.-])"#,
            entropy: 3.0,
            triggering: [
                Example("BITBUCKET_APP_PASSWORD=↓ATBB\(Fake.alnum(24))\(Fake.upperHex(8))"),
                Example("git clone https://jdoe:↓ATBB\(Fake.alnum(24))\(Fake.upperHex(8))@bitbucket.org/acme/shop.git"),
            ],
            nonTriggering: [Example("BITBUCKET_APP_PASSWORD=ATBB\(Fake.alnum(16))")]),
        SecretRule(
            id: "bitbucket-access-token", title: "Bitbucket repository, project or workspace access token",
            summary: "A Bitbucket Cloud access token (ATCTT3…), bound to one repository, project or workspace: it reads or writes code and pull requests there as a bot user, often with admin permissions.",
            severity: .high, remediation: Remediation.rotate("access token", where: "Bitbucket (the repository's, project's or workspace's settings › Security › Access tokens › Revoke)"),
            tags: ["git", "bitbucket"], references: ["https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/"],
            keywords: ["atctt3"],
            pattern: #"\b(ATCTT3[A-Za-z0-9_-]{150,200}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])"#,
            triggering: [
                Example("git clone https://x-token-auth:↓ATCTT3xFfGN0\(Fake.base64URL(171))=\(Fake.upperHex(8))@bitbucket.org/acme/shop.git"),
                Example("BITBUCKET_ACCESS_TOKEN=↓ATCTT3xFfGN0\(Fake.base64URL(171))=\(Fake.upperHex(8))"),
            ],
            nonTriggering: [Example("BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0\(Fake.base64URL(40))")]),
        SecretRule(
            id: "bitbucket-oauth-consumer-secret", title: "Bitbucket OAuth consumer secret",
            summary: "The secret of a Bitbucket OAuth consumer, recognised by a bitbucket setting: with the consumer key it obtains tokens for the workspace through the client-credentials grant, or poses as the app in user sign-ins.",
            severity: .high, remediation: Remediation.rotate("consumer secret", where: "Bitbucket (Workspace settings › OAuth consumers: delete and recreate the consumer)"),
            tags: ["git", "bitbucket", "oauth"], references: ["https://developer.atlassian.com/cloud/bitbucket/oauth-2/"],
            keywords: ["bitbucket"],
            pattern: #"(?i:bitbucket[\w.-]{0,20}(?:client|consumer|oauth)[_.-]?secret["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9]{32,64})(?![A-Za-z0-9])"#,
            entropy: 3.5,
            triggering: [
                Example("BITBUCKET_CLIENT_SECRET=↓\(Fake.alnum(32))"),
                Example("bitbucket_consumer_secret: \"↓\(Fake.alnum(32))\""),
            ],
            nonTriggering: [
                "BITBUCKET_CLIENT_SECRET=${BITBUCKET_CLIENT_SECRET}",
                Example("BITBUCKET_CLIENT_SECRET=\(Fake.alnum(16))"),
            ]),
    ]
}
