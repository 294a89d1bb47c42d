import WardCore

/// Reports the network security config the manifest references, so reviewers check what it relaxes.
struct AndroidNetworkSecurityConfigRule: AndroidXMLRule {
    let description = RuleDescription(
        id: "android-network-security-config", title: "Network security config in use",
        summary: "A network security config can permit cleartext or trust user-installed CAs; Ward checks it when it is in the repository, but it must be reviewed with the manifest.",
        kind: .configuration, severity: .info, confidence: .low, cwe: [295], owasp: ["MASVS-NETWORK-1"],
        remediation: "Review the referenced file: no cleartext, no user trust anchors outside debug-overrides, pins with a backup and an expiry.",
        triggeringExamples: [manifestExample(application: "<application ↓android:networkSecurityConfig=\"@xml/network_security_config\"/>")],
        nonTriggeringExamples: [manifestExample(application: "<application android:label=\"Bank\"/>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        if let application = root.child("application"), let reference = application.attributes["android:networkSecurityConfig"] {
            issues.add(application, attribute: "android:networkSecurityConfig", detail: reference)
        }
    }
}
