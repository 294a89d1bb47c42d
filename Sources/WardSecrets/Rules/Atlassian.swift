import WardCore

extension SecretRules {
    static let atlassian: [SecretRule] = [
        SecretRule(
            id: "atlassian-api-token", title: "Atlassian API token",
            summary: "An Atlassian account API token (ATATT3…): with the account's email it calls the Jira, Confluence and other Atlassian Cloud REST APIs as that person, reading and changing everything they can.",
            severity: .high, remediation: Remediation.rotate("API token", where: "the Atlassian account's security settings (id.atlassian.com › Security › API tokens › Revoke)"),
            tags: ["atlassian", "jira", "confluence"], references: ["https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"],
            keywords: ["atatt3"],
            pattern: #"\b(ATATT3[A-Za-z0-9_-]{150,200}=[A-Fa-f0-9]{8})(?![A-Za-z0-9_=-])"#,
            triggering: [
                Example("JIRA_API_TOKEN=↓ATATT3xFfGF0\(Fake.base64URL(171))=\(Fake.upperHex(8))"),
                Example("auth = (\"jdoe@example.com\", \"↓ATATT3xFfGF0\(Fake.base64URL(171))=\(Fake.upperHex(8))\")"),
            ],
            nonTriggering: [Example("JIRA_API_TOKEN=ATATT3xFfGF0...")]),
        SecretRule(
            id: "atlassian-legacy-api-token", title: "Atlassian legacy API token or Data Center personal access token",
            summary: "A Jira, Confluence or Atlassian token recognised by its setting name: a 24-character legacy Cloud API token or a 44-character Data Center personal access token, both acting as their owner.",
            severity: .high, confidence: .medium,
            remediation: Remediation.rotate("token", where: "the Atlassian account's API token page, or the Data Center product's Profile › Personal Access Tokens"),
            tags: ["atlassian", "jira", "confluence"], references: ["https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html"],
            keywords: ["atlassian", "confluence", "jira"],
            pattern: #"(?i:(?:atlassian|confluence|jira)[\w.-]{0,20}(?:api[_.-]?)?(?:token|pat)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9]{24}|[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])"#,
            entropy: 3.5,
            triggering: [
                Example("JIRA_API_TOKEN=↓\(Fake.alnum(24))"),
                Example("confluence.pat: ↓\(Fake.base64(44))"),
            ],
            nonTriggering: [
                "JIRA_API_TOKEN=your-jira-api-token-here",
                Example("jira_token: \(Fake.alnum(16))"),
            ]),
    ]
}
