import WardCore

extension SecretRules {
    static let tencentCloud: [SecretRule] = [
        SecretRule(
            id: "tencent-cloud-secret-id", title: "Tencent Cloud SecretId",
            summary: "A Tencent Cloud API SecretId (AKID…): it names a CAM key whose SecretKey is usually close by; together they sign requests to the account.",
            severity: .high, remediation: Remediation.rotate("API key", where: "the Tencent Cloud CAM console (API Key Management: disable, then delete the key)"),
            tags: ["cloud", "tencent"], references: ["https://www.tencentcloud.com/document/product/598/32675"],
            keywords: ["akid"],
            pattern: #"\b(AKID[A-Za-z0-9]{32})\b"#,
            entropy: 3.0,
            triggering: [
                Example("TENCENTCLOUD_SECRET_ID=↓AKID\(Fake.alnum(32))"),
                Example("cred = credential.Credential(\"↓AKID\(Fake.alnum(32))\", os.environ[\"TENCENTCLOUD_SECRET_KEY\"])"),
            ],
            nonTriggering: [Example("secret_id: AKID\(Fake.alnum(16))")]),
        SecretRule(
            id: "tencent-cloud-secret-key", title: "Tencent Cloud SecretKey",
            summary: "The SecretKey of a Tencent Cloud API key, recognised by a tencent or qcloud setting: with the SecretId it does whatever the CAM identity may across the account's services.",
            severity: .critical, remediation: Remediation.rotate("API key", where: "the Tencent Cloud CAM console (API Key Management)"),
            tags: ["cloud", "tencent"], references: ["https://www.tencentcloud.com/document/product/598/32675"],
            keywords: ["tencent", "qcloud"],
            pattern: #"(?i:(?:tencent|qcloud)[\w.-]{0,30}(?:secret[_.-]?key|sk)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9]{32})(?![A-Za-z0-9])"#,
            entropy: 3.5, priority: 20,
            triggering: [
                Example("TENCENTCLOUD_SECRET_KEY=↓\(Fake.alnum(32))"),
                Example("qcloud_secret_key: \"↓\(Fake.alnum(32))\""),
            ],
            nonTriggering: [
                "TENCENTCLOUD_SECRET_KEY=${TENCENTCLOUD_SECRET_KEY}",
                Example("tencent_secret_key: \(Fake.alnum(16))"),
            ]),
    ]
}
