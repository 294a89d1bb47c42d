import WardCore

/// Flags security group ingress from anywhere on every port or protocol.
struct TerraformOpenAllPortsRule: TerraformRule {
    let description = RuleDescription(
        id: "tf-open-all-ports", title: "All ports open to the internet",
        summary: "Ingress from 0.0.0.0/0 on all ports (or protocol -1) exposes every service on the instance, including ones never meant to be public.",
        kind: .configuration, severity: .critical, cwe: [284], owasp: ["A05:2021"],
        remediation: "Open only the ports the service needs, from the sources that need them.",
        triggeringExamples: [terraformExample("resource \"aws_security_group\" \"any\" {\n  ingress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    ↓cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"aws_security_group\" \"any\" {\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for rule in SecurityGroupIngress.all(in: terraform) where rule.isAllPorts {
            if let open = rule.openSource { issues.add(open) }
        }
    }
}
