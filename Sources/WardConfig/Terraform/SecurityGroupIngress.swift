/// One ingress rule of an AWS security group, from an inline `ingress` block, an `aws_security_group_rule`
/// of type ingress, or an `aws_vpc_security_group_ingress_rule`.
struct SecurityGroupIngress {
    var body: HCLBody

    static func all(in terraform: HCLBody) -> [SecurityGroupIngress] {
        var rules: [SecurityGroupIngress] = []
        for group in terraform.resources(["aws_security_group"]) {
            rules += group.body.blocks("ingress").map { SecurityGroupIngress(body: $0.body) }
            // The attribute form `ingress = [{ … }]`.
            rules += group.body.attribute("ingress")?.value.elements.map { SecurityGroupIngress(body: HCLBody(attributes: $0.entries)) } ?? []
        }
        for rule in terraform.resources(["aws_security_group_rule"]) where rule.body.attribute("type")?.value.string == "ingress" {
            rules.append(SecurityGroupIngress(body: rule.body))
        }
        rules += terraform.resources(["aws_vpc_security_group_ingress_rule"]).map { SecurityGroupIngress(body: $0.body) }
        return rules
    }

    /// The attribute granting access from anywhere, if any.
    var openSource: HCLAttribute? {
        for name in ["cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"] {
            if let attribute = body.attribute(name), attribute.value.flattened.contains(where: { $0.string == "0.0.0.0/0" || $0.string == "::/0" }) {
                return attribute
            }
        }
        return nil
    }

    private func number(_ name: String) -> Int? {
        guard let value = body.attribute(name)?.value else { return nil }
        if case .number(let text) = value { return Int(text) }
        return value.string.flatMap { Int($0) }
    }

    private var protocolName: String? {
        body.attribute("protocol")?.value.string ?? body.attribute("ip_protocol")?.value.string
    }

    var isAllPorts: Bool {
        if protocolName == "-1" || protocolName == "all" { return true }
        let from = number("from_port"), to = number("to_port")
        return from == 0 && (to == 65535 || to == 0)
    }

    var ports: ClosedRange<Int> {
        let from = number("from_port") ?? 0, to = number("to_port") ?? from
        return min(from, to)...max(from, to)
    }
}
