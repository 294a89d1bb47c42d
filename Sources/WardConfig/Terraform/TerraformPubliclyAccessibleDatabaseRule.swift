import WardCore

/// Flags databases with `publicly_accessible = true`.
struct TerraformPubliclyAccessibleDatabaseRule: TerraformRule {
    let description = RuleDescription(
        id: "tf-db-publicly-accessible", title: "Database reachable from the internet",
        summary: "A publicly accessible database gets a public address; its only protection left is the password and the security group.",
        kind: .configuration, severity: .high, cwe: [284], owasp: ["A05:2021", "CIS-AWS-2.3.3"],
        remediation: "Set `publicly_accessible = false` and reach the database through private subnets, a VPN or a bastion.",
        triggeringExamples: [terraformExample("resource \"aws_db_instance\" \"core\" {\n  engine              = \"postgres\"\n  storage_encrypted   = true\n  ↓publicly_accessible = true\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"aws_db_instance\" \"core\" {\n  engine              = \"postgres\"\n  publicly_accessible = false\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for resource in terraform.resources(["aws_db_instance", "aws_rds_cluster_instance", "aws_redshift_cluster", "aws_dms_replication_instance"]) {
            if let attribute = resource.body.attribute("publicly_accessible"), attribute.value.isTrue {
                issues.add(attribute, detail: resource.labels.joined(separator: "."))
            }
        }
    }
}
