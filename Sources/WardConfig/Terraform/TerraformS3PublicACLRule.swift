import WardCore

/// Flags S3 buckets given a public canned ACL (`public-read`, `public-read-write`, `authenticated-read`).
struct TerraformS3PublicACLRule: TerraformRule {
    static let publicACLs: Set<String> = ["public-read", "public-read-write", "authenticated-read"]

    let description = RuleDescription(
        id: "tf-s3-public-acl", title: "S3 bucket with a public ACL",
        summary: "A public canned ACL lets anyone on the internet (or any AWS account) list or read the bucket, a classic source of data leaks.",
        kind: .configuration, severity: .high, cwe: [732], owasp: ["A01:2021", "CIS-AWS-2.1.5"],
        remediation: "Use `acl = \"private\"` (or no ACL with BucketOwnerEnforced) and enable aws_s3_bucket_public_access_block.",
        triggeringExamples: [terraformExample("resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"bank-logs\"\n  ↓acl    = \"public-read\"\n}\n\nresource \"aws_s3_bucket_acl\" \"site\" {\n  bucket = aws_s3_bucket.site.id\n  ↓acl = \"public-read-write\"\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"aws_s3_bucket_acl\" \"logs\" {\n  bucket = aws_s3_bucket.logs.id\n  acl    = \"private\"\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for resource in terraform.resources(["aws_s3_bucket", "aws_s3_bucket_acl"]) {
            if let acl = resource.body.attribute("acl"), let value = acl.value.string, Self.publicACLs.contains(value) {
                issues.add(acl, detail: value)
            }
        }
    }
}
