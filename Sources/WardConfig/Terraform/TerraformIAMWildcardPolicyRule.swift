import WardCore

/// Flags IAM policies allowing every action on every resource (`Action = "*"`, `Resource = "*"`).
struct TerraformIAMWildcardPolicyRule: TerraformRule {
    static let policyResources: Set<String> = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

    let description = RuleDescription(
        id: "tf-iam-wildcard-policy", title: "IAM policy grants *:*",
        summary: "Allowing every action on every resource makes the holder an administrator; one leaked credential compromises the whole account.",
        kind: .configuration, severity: .critical, cwe: [269], owasp: ["A01:2021", "CIS-AWS-1.16"],
        remediation: "List the specific actions and resource ARNs the workload needs (least privilege).",
        triggeringExamples: [
            terraformExample("resource \"aws_iam_policy\" \"admin\" {\n  name = \"ci-admin\"\n  policy = jsonencode({\n    Statement = [{\n      Effect   = \"Allow\"\n      ↓Action   = \"*\"\n      Resource = \"*\"\n    }]\n  })\n}\n"),
            terraformExample("data \"aws_iam_policy_document\" \"admin\" {\n  statement {\n    ↓actions   = [\"*\"]\n    resources = [\"*\"]\n  }\n}\n"),
        ],
        nonTriggeringExamples: [terraformExample("resource \"aws_iam_policy\" \"read\" {\n  policy = jsonencode({\n    Statement = [{\n      Effect   = \"Allow\"\n      Action   = [\"s3:GetObject\"]\n      Resource = \"*\"\n    }]\n  })\n}\n")])

    private static func isWildcardAction(_ value: String) -> Bool { value == "*" || value == "*:*" }

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for resource in terraform.resources(Self.policyResources) {
            guard let policy = resource.body.attribute("policy") else { continue }
            for statement in PolicyStatement.statements(of: policy, in: issues) where statement.isAllow {
                guard let action = statement.fields["Action"], action.values.contains(where: Self.isWildcardAction),
                      statement.fields["Resource"]?.values.contains("*") == true
                else { continue }
                issues.add(ConfigIssue(line: action.line, column: action.column, detail: resource.labels.joined(separator: ".")))
            }
        }
        for document in terraform.blocks("data") where document.labels.first == "aws_iam_policy_document" {
            for statement in document.body.blocks("statement") where statement.body.attribute("effect")?.value.string ?? "Allow" == "Allow" {
                guard let actions = statement.body.attribute("actions"),
                      actions.value.flattened.contains(where: { $0.string.map(Self.isWildcardAction) ?? false }),
                      statement.body.attribute("resources")?.value.flattened.contains(where: { $0.string == "*" }) == true
                else { continue }
                issues.add(actions, detail: document.labels.joined(separator: "."))
            }
        }
    }
}
