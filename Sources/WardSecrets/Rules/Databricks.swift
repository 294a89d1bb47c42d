import WardCore

extension SecretRules {
    static let databricks: [SecretRule] = [
        SecretRule(
            id: "databricks-access-token", title: "Databricks personal access token",
            summary: "A Databricks personal access token (dapi…): it acts as its user on the workspace — notebooks, jobs, clusters, and every table the user can query in Unity Catalog.",
            severity: .high, remediation: Remediation.rotate("access token", where: "the Databricks workspace (Settings › Developer › Access tokens; admins can revoke any token)"),
            tags: ["data", "databricks"], references: ["https://docs.databricks.com/en/dev-tools/auth/pat.html"],
            keywords: ["dapi"],
            pattern: #"\b(dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9-])"#,
            entropy: 3.0,
            triggering: [
                Example("DATABRICKS_TOKEN=↓dapi\(Fake.hex(32))"),
                Example("[DEFAULT]\nhost = https://adb-\(Fake.digits(16)).7.azuredatabricks.net\ntoken = ↓dapi\(Fake.hex(32))-2"),
            ],
            nonTriggering: [
                Example("DATABRICKS_TOKEN=dapi\(Fake.hex(16))"),
                "const dapiClientFactory = new Factory()",
            ]),
    ]
}
