import WardCore

extension SecretRules {
    static let huaweiCloud: [SecretRule] = [
        SecretRule(
            id: "huawei-cloud-access-key-id", title: "Huawei Cloud access key ID (AK)",
            summary: "A Huawei Cloud access key ID, recognised by a huawei, hwcloud or OBS setting: it names an IAM user's key whose secret (SK) is usually close by.",
            severity: .high, remediation: Remediation.rotate("access key", where: "the Huawei Cloud console (My Credentials › Access Keys: delete the key)"),
            tags: ["cloud", "huawei"], references: ["https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html"],
            keywords: ["huawei", "hwcloud", "obs"],
            pattern: #"(?i:(?:huawei|hwcloud|(?<![A-Za-z])obs[_.-])[\w.-]{0,30}(?:access[_.-]?key(?:[_.-]?id)?|ak)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Z0-9]{20})(?![A-Za-z0-9])"#,
            entropy: 3.0, priority: 20,
            triggering: [
                Example("HUAWEICLOUD_SDK_AK=↓\(Fake.upperAlnum(20))"),
                Example("obs.access-key-id: ↓\(Fake.upperAlnum(20))"),
            ],
            nonTriggering: [
                Example("HUAWEICLOUD_SDK_AK=\(Fake.upperAlnum(12))"),
                Example("jobs_ak: \(Fake.upperAlnum(20))"),
            ]),
        SecretRule(
            id: "huawei-cloud-secret-access-key", title: "Huawei Cloud secret access key (SK)",
            summary: "A Huawei Cloud secret access key, recognised by a huawei, hwcloud or OBS setting: with its AK it signs requests as the IAM user, to OBS buckets and every other service it may use.",
            severity: .critical, remediation: Remediation.rotate("access key", where: "the Huawei Cloud console (My Credentials › Access Keys)"),
            tags: ["cloud", "huawei"], references: ["https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html"],
            keywords: ["huawei", "hwcloud", "obs"],
            pattern: #"(?i:(?:huawei|hwcloud|(?<![A-Za-z])obs[_.-])[\w.-]{0,30}(?:secret[_.-]?(?:access[_.-]?)?key|sk)["']?[ \t]{0,3}(?:=>|:=|[:=])[ \t"']{0,5})([A-Za-z0-9]{40})(?![A-Za-z0-9])"#,
            entropy: 3.5, priority: 20,
            triggering: [
                Example("HUAWEICLOUD_SDK_SK=↓\(Fake.alnum(40))"),
                Example("OBS_SECRET_ACCESS_KEY=\"↓\(Fake.alnum(40))\""),
            ],
            nonTriggering: [
                Example("HUAWEICLOUD_SDK_SK=\(Fake.alnum(24))"),
                "HUAWEICLOUD_SDK_SK=${HUAWEICLOUD_SDK_SK}",
            ]),
    ]
}
