import WardCore

/// Flags bucket policies that allow `Principal: "*"` without conditions.
struct TerraformPublicBucketPolicyRule: TerraformRule {
    let description = RuleDescription(
        id: "tf-public-bucket-policy", title: "Bucket policy open to everyone",
        summary: "An Allow statement with Principal \"*\" grants its actions to any anonymous caller on the internet.",
        kind: .configuration, severity: .high, cwe: [732], owasp: ["A01:2021"],
        remediation: "Name the accounts or roles that need access, or add a restricting Condition (aws:SourceVpce, aws:PrincipalOrgID).",
        triggeringExamples: [
            terraformExample("resource \"aws_s3_bucket_policy\" \"public\" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{\n      Effect    = \"Allow\"\n      ↓Principal = \"*\"\n      Action    = \"s3:GetObject\"\n      Resource  = \"${aws_s3_bucket.site.arn}/*\"\n    }]\n  })\n}\n"),
            terraformExample("resource \"aws_s3_bucket_policy\" \"legacy\" {\n  bucket = \"legacy\"\n  policy = <<POLICY\n{\n  \"Statement\": [{\n    \"Effect\": \"Allow\",\n    ↓\"Principal\": {\"AWS\": \"*\"},\n    \"Action\": \"s3:GetObject\",\n    \"Resource\": \"arn:aws:s3:::legacy/*\"\n  }]\n}\nPOLICY\n}\n"),
        ],
        nonTriggeringExamples: [terraformExample("resource \"aws_s3_bucket_policy\" \"vpce\" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = \"Allow\"\n      Principal = \"*\"\n      Action    = \"s3:GetObject\"\n      Resource  = \"*\"\n      Condition = { StringEquals = { \"aws:SourceVpce\" = \"vpce-1a2b3c\" } }\n    }]\n  })\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for resource in terraform.resources(["aws_s3_bucket_policy", "aws_s3_bucket", "aws_sqs_queue_policy", "aws_sns_topic_policy"]) {
            guard let policy = resource.body.attribute("policy") else { continue }
            for statement in PolicyStatement.statements(of: policy, in: issues) where statement.isAllow && statement.fields["Condition"] == nil {
                guard let principal = statement.fields["Principal"], principal.values.contains("*") else { continue }
                issues.add(ConfigIssue(line: principal.line, column: principal.column, detail: resource.labels.joined(separator: ".")))
            }
        }
    }
}
