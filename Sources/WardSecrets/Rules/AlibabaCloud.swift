import WardCore

extension SecretRules {
    static let alibabaCloud: [SecretRule] = [
        SecretRule(
            id: "alibaba-cloud-access-key-id", title: "Alibaba Cloud AccessKey ID",
            summary: "An Alibaba Cloud AccessKey ID (LTAI…): it names a RAM user's key, and its secret half is usually a line away; together they sign API calls to the account.",
            severity: .high, remediation: Remediation.rotate("AccessKey pair", where: "the Alibaba Cloud RAM console (disable, then delete the AccessKey)"),
            tags: ["cloud", "alibaba"], references: ["https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"],
            keywords: ["ltai"],
            pattern: #"\b(LTAI[A-Za-z0-9]{12,20})\b"#,
            entropy: 3.0,
            triggering: [
                Example("ALIBABA_CLOUD_ACCESS_KEY_ID=↓LTAI\(Fake.alnum(20))"),
                Example("aliyun.oss.accessKeyId: ↓LTAI\(Fake.alnum(12))"),
            ],
            nonTriggering: [
                Example("access_key_id: LTAI\(Fake.alnum(8))"),
                Example("access_key_id: LTAI\(Fake.alnum(24))"),
            ]),
        SecretRule(
            id: "alibaba-cloud-access-key-secret", title: "Alibaba Cloud AccessKey secret",
            summary: "The secret half of an Alibaba Cloud AccessKey pair, recognised by an alibaba, aliyun, alicloud or OSS setting: with the ID it does whatever the RAM user may, often on ECS, OSS and databases.",
            severity: .critical, remediation: Remediation.rotate("AccessKey pair", where: "the Alibaba Cloud RAM console"),
            tags: ["cloud", "alibaba"], references: ["https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"],
            keywords: ["alibaba", "aliyun", "alicloud", "oss"],
            pattern: #"(?i:(?:alibaba|aliyun|alicloud|\boss)[\w.-]{0,30}(?:secret|sk)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9]{30})(?![A-Za-z0-9])"#,
            entropy: 3.5, priority: 20,
            triggering: [
                Example("ALIBABA_CLOUD_ACCESS_KEY_SECRET=↓\(Fake.alnum(30))"),
                Example("aliyun.oss.accessKeySecret: ↓\(Fake.alnum(30))"),
                Example("OSS_ACCESS_KEY_SECRET = \"↓\(Fake.alnum(30))\""),
            ],
            nonTriggering: [
                Example("ALIBABA_CLOUD_ACCESS_KEY_SECRET=\(Fake.alnum(20))"),
                Example("boss_secret = \"\(Fake.alnum(30))\""),
            ]),
    ]
}
