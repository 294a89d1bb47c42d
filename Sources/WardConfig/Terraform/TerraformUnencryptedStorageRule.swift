import WardCore

/// Flags EBS volumes and RDS storage with encryption off or not set.
struct TerraformUnencryptedStorageRule: TerraformRule {
    static let flags = ["aws_ebs_volume": "encrypted", "aws_db_instance": "storage_encrypted", "aws_rds_cluster": "storage_encrypted",
                        "aws_docdb_cluster": "storage_encrypted", "aws_neptune_cluster": "storage_encrypted", "aws_redshift_cluster": "encrypted"]

    let description = RuleDescription(
        id: "tf-unencrypted-storage", title: "Storage not encrypted at rest",
        summary: "Unencrypted volumes, snapshots and database storage expose data to anyone who obtains a snapshot or the underlying media.",
        kind: .configuration, severity: .high, cwe: [311], owasp: ["A02:2021", "CIS-AWS-2.2.1"],
        remediation: "Set `encrypted = true` / `storage_encrypted = true` (with a customer-managed KMS key for regulated data).",
        triggeringExamples: [terraformExample("resource \"aws_ebs_volume\" \"data\" {\n  size      = 100\n  ↓encrypted = false\n}\n\n↓resource \"aws_db_instance\" \"core\" {\n  engine = \"postgres\"\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"aws_ebs_volume\" \"data\" {\n  size      = 100\n  encrypted = true\n}\n\nresource \"aws_rds_cluster\" \"core\" {\n  storage_encrypted = true\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for resource in terraform.resources(Set(Self.flags.keys)) {
            guard let flag = Self.flags[resource.labels.first ?? ""] else { continue }
            if let attribute = resource.body.attribute(flag) {
                if attribute.value.isFalse { issues.add(attribute, detail: resource.labels.joined(separator: ".")) }
            } else if resource.body.attribute("snapshot_identifier") == nil, resource.body.attribute("replicate_source_db") == nil {
                issues.add(resource, detail: "\(resource.labels.joined(separator: ".")): \(flag) is not set")
            }
        }
    }
}
