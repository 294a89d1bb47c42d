import WardCore

/// Flags `cleartextTrafficPermitted="true"` in a network security config (debug-overrides excepted).
struct AndroidNetworkCleartextPermittedRule: AndroidXMLRule {
    var fileType: ConfigFileType { .networkSecurityConfig }

    let description = RuleDescription(
        id: "android-nsc-cleartext-permitted", title: "Cleartext permitted by network security config",
        summary: "The configuration lets the app send unencrypted HTTP to these domains (or all, in base-config).",
        kind: .configuration, severity: .high, cwe: [319], owasp: ["MASVS-NETWORK-1"],
        remediation: "Set cleartextTrafficPermitted=\"false\" and serve the domains over HTTPS.",
        triggeringExamples: [networkConfigExample("  <domain-config ↓cleartextTrafficPermitted=\"true\">\n    <domain includeSubdomains=\"true\">legacy.example.com</domain>\n  </domain-config>")],
        nonTriggeringExamples: [networkConfigExample("  <base-config cleartextTrafficPermitted=\"false\"/>\n  <debug-overrides>\n    <trust-anchors><certificates src=\"user\"/></trust-anchors>\n  </debug-overrides>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        for node in root.releaseConfigs where node.attributes["cleartextTrafficPermitted"] == "true" {
            issues.add(node, attribute: "cleartextTrafficPermitted")
        }
    }
}

extension XMLElementNode {
    /// `base-config` and `domain-config` elements, nested ones included, outside `debug-overrides`.
    var releaseConfigs: [XMLElementNode] {
        var result: [XMLElementNode] = []
        var stack = children.filter { $0.name != "debug-overrides" }
        while let node = stack.popLast() {
            if node.name == "base-config" || node.name == "domain-config" { result.append(node) }
            stack.append(contentsOf: node.children.filter { $0.name == "domain-config" })
        }
        return result.sorted { $0.line < $1.line }
    }
}
