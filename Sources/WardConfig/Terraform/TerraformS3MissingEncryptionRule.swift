import WardCore

/// Flags S3 buckets with no server-side encryption configuration in the same file.
struct TerraformS3MissingEncryptionRule: TerraformRule {
    let description = RuleDescription(
        id: "tf-s3-missing-encryption", title: "S3 bucket without explicit encryption",
        summary: "AWS now applies SSE-S3 by default, but without an explicit configuration the bucket cannot use a customer-managed KMS key, which regulated data requires.",
        kind: .configuration, severity: .low, confidence: .low, cwe: [311], owasp: ["A02:2021", "CIS-AWS-2.1.1"],
        remediation: "Add an aws_s3_bucket_server_side_encryption_configuration with `sse_algorithm = \"aws:kms\"` and a KMS key.",
        triggeringExamples: [terraformExample("↓resource \"aws_s3_bucket\" \"exports\" {\n  bucket = \"bank-exports\"\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"aws_s3_bucket\" \"exports\" {\n  bucket = \"bank-exports\"\n}\n\nresource \"aws_s3_bucket_server_side_encryption_configuration\" \"exports\" {\n  bucket = aws_s3_bucket.exports.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = \"aws:kms\"\n    }\n  }\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        let configured = terraform.resources(["aws_s3_bucket_server_side_encryption_configuration"]).compactMap { resource -> String? in
            switch resource.body.attribute("bucket")?.value {
            case .expression(let text)?: text
            case .string(let text, _)?: text
            default: nil
            }
        }
        for bucket in terraform.resources(["aws_s3_bucket"]) where bucket.body.blocks("server_side_encryption_configuration").isEmpty {
            let name = bucket.labels.dropFirst().first ?? ""
            let literal = bucket.body.attribute("bucket")?.value.string
            let covered = configured.contains { $0.hasPrefix("aws_s3_bucket.\(name).") || $0 == "aws_s3_bucket.\(name)" || (literal != nil && $0 == literal) }
            if !covered { issues.add(bucket) }
        }
    }
}
