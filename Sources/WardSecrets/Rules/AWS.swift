import WardCore

extension SecretRules {
    static let aws: [SecretRule] = [
        SecretRule(
            id: "aws-access-key-id", title: "AWS access key ID",
            summary: "An AWS access key ID identifies an IAM user or role key; its secret half is usually close by, and together they sign requests to the account.",
            severity: .high, remediation: Remediation.rotate("access key", where: "the AWS IAM console (deactivate, then delete it)"),
            tags: ["cloud", "aws"], references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"],
            keywords: ["akia", "asia", "abia", "acca", "a3t"],
            pattern: #"\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b"#,
            triggering: [
                Example("aws_access_key_id = ↓AKIA\(Fake.string(16, from: Fake.upperAlphabet + "234567"))"),
                Example("\"AccessKeyId\": \"↓ASIA\(Fake.string(16, from: Fake.upperAlphabet + "234567"))\""),
            ],
            nonTriggering: [
                "aws_access_key_id = AKIA1234",
                Example("id = XAKIA\(Fake.string(16, from: Fake.upperAlphabet))9"),
            ]),
        SecretRule(
            id: "aws-secret-access-key", title: "AWS secret access key",
            summary: "The secret half of an AWS access key: with the key ID it grants whatever the IAM identity may do.",
            severity: .critical, remediation: Remediation.rotate("access key", where: "the AWS IAM console"),
            tags: ["cloud", "aws"],
            keywords: ["secret"],
            pattern: #"(?i)(?:aws[_.-]?)?secret[_.-]?(?:access[_.-]?)?key["']?[ \t]{0,3}(?::|=|=>|:=)[ \t]{0,3}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"#,
            entropy: 4.0,
            triggering: [
                Example("aws_secret_access_key = ↓\(Fake.base64(40))"),
                Example("\"SecretAccessKey\": \"↓\(Fake.base64(40))\""),
            ],
            nonTriggering: [
                "aws_secret_access_key = \(String(repeating: "a", count: 40))",
                Example("aws_secret_access_key = \(Fake.base64(30))"),
            ]),
        SecretRule(
            id: "aws-session-token", title: "AWS session token",
            summary: "A temporary AWS session token; short-lived, but valid for hours and often copied from a developer's shell.",
            severity: .high, remediation: Remediation.rotate("session", where: "AWS IAM (revoke active sessions of the role)"),
            tags: ["cloud", "aws"],
            keywords: ["session"],
            pattern: #"(?i)aws[_.-]?session[_.-]?token["']?[ \t]{0,3}(?::|=|=>)[ \t]{0,3}["']?([A-Za-z0-9/+=]{100,1200})"#,
            entropy: 4.0,
            triggering: [Example("AWS_SESSION_TOKEN=↓IQoJb3JpZ2luX2Vj\(Fake.base64(180))")],
            nonTriggering: ["AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}"]),
        SecretRule(
            id: "aws-mws-auth-token", title: "Amazon Marketplace Web Service auth token",
            summary: "An Amazon MWS authorisation token lets a developer app act on a seller account.",
            severity: .high, remediation: Remediation.rotate("MWS token", where: "Seller Central (revoke the developer's access)"),
            tags: ["aws"],
            keywords: ["amzn.mws."],
            pattern: #"\b(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b"#,
            triggering: [Example("mws_token: ↓amzn.mws.\(Fake.uuid())")],
            nonTriggering: ["mws_token: amzn.mws.example"]),
        SecretRule(
            id: "aws-bedrock-api-key", title: "Amazon Bedrock long-term API key",
            summary: "A long-term Amazon Bedrock API key authenticates calls to foundation models billed to the account.",
            severity: .high, remediation: Remediation.rotate("Bedrock API key", where: "the Amazon Bedrock console"),
            tags: ["cloud", "aws", "ai"],
            keywords: ["absk"],
            pattern: #"\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})"#,
            entropy: 4.0,
            triggering: [Example("BEDROCK_KEY=↓ABSK\(Fake.base64(120))")],
            nonTriggering: ["BEDROCK_KEY=ABSKshort"]),
    ]
}
