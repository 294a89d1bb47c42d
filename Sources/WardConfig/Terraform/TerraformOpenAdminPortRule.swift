import WardCore

/// Flags security group ingress from anywhere (`0.0.0.0/0`, `::/0`) to SSH, RDP or database ports.
struct TerraformOpenAdminPortRule: TerraformRule {
    static let adminPorts: [Int: String] = [22: "SSH", 23: "Telnet", 3389: "RDP", 5985: "WinRM", 5986: "WinRM", 3306: "MySQL",
                                            5432: "PostgreSQL", 1433: "SQL Server", 1521: "Oracle", 27017: "MongoDB", 6379: "Redis",
                                            9200: "Elasticsearch", 11211: "Memcached", 2375: "Docker API", 2379: "etcd", 5601: "Kibana"]

    let description = RuleDescription(
        id: "tf-open-admin-port", title: "Admin or database port open to the internet",
        summary: "Ingress from 0.0.0.0/0 to SSH, RDP or a database port exposes it to continuous scanning and brute force from the whole internet.",
        kind: .configuration, severity: .high, cwe: [284], owasp: ["A05:2021", "CIS-AWS-5.2"],
        remediation: "Restrict the source to a VPN or bastion range, or use SSM Session Manager instead of open SSH/RDP.",
        triggeringExamples: [terraformExample("resource \"aws_security_group\" \"bastion\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    ↓cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\nresource \"aws_security_group_rule\" \"db\" {\n  type             = \"ingress\"\n  from_port        = 5432\n  to_port          = 5432\n  protocol         = \"tcp\"\n  ↓ipv6_cidr_blocks = [\"::/0\"]\n}\n")],
        nonTriggeringExamples: [terraformExample("resource \"aws_security_group\" \"web\" {\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n")])

    func check(terraform: HCLBody, into issues: inout IssueCollector) {
        for rule in SecurityGroupIngress.all(in: terraform) where !rule.isAllPorts {
            guard let open = rule.openSource else { continue }
            let exposed = Self.adminPorts.keys.sorted().filter { rule.ports.contains($0) }
            if !exposed.isEmpty { issues.add(open, detail: exposed.map { "\($0) (\(Self.adminPorts[$0] ?? ""))" }.joined(separator: ", ")) }
        }
    }
}
