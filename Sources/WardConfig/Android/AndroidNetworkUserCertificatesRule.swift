import WardCore

/// Flags trust anchors that include user-installed CA certificates outside debug-overrides.
struct AndroidNetworkUserCertificatesRule: AndroidXMLRule {
    var fileType: ConfigFileType { .networkSecurityConfig }

    let description = RuleDescription(
        id: "android-nsc-user-certificates", title: "User-installed CAs trusted",
        summary: "Trusting user certificates lets anyone who installs a CA on the device (malware, a proxy, a managed profile) intercept the app's TLS.",
        kind: .configuration, severity: .high, cwe: [295], owasp: ["MASVS-NETWORK-1", "MASVS-NETWORK-2"],
        remediation: "Trust only system CAs (and pin critical hosts); keep `src=\"user\"` inside debug-overrides.",
        triggeringExamples: [networkConfigExample("  <base-config>\n    <trust-anchors>\n      <certificates src=\"system\"/>\n      <certificates ↓src=\"user\"/>\n    </trust-anchors>\n  </base-config>")],
        nonTriggeringExamples: [networkConfigExample("  <base-config>\n    <trust-anchors><certificates src=\"system\"/></trust-anchors>\n  </base-config>\n  <debug-overrides>\n    <trust-anchors><certificates src=\"user\"/></trust-anchors>\n  </debug-overrides>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        for config in root.releaseConfigs {
            for anchor in config.children("trust-anchors") {
                for certificates in anchor.children("certificates") where certificates.attributes["src"] == "user" {
                    issues.add(certificates, attribute: "src=\"user", detail: nil)
                }
            }
        }
    }
}
