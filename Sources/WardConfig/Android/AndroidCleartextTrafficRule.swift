import WardCore

/// Flags `android:usesCleartextTraffic="true"`: the app may use plain HTTP to any host.
struct AndroidCleartextTrafficRule: AndroidXMLRule {
    let description = RuleDescription(
        id: "android-cleartext-traffic", title: "Cleartext traffic allowed",
        summary: "usesCleartextTraffic lets every connection of the app fall back to unencrypted HTTP, readable and alterable on the network.",
        kind: .configuration, severity: .high, cwe: [319], owasp: ["MASVS-NETWORK-1", "A02:2021"],
        remediation: "Remove usesCleartextTraffic (false by default from API 28) and use HTTPS; scope any exception in a network security config.",
        triggeringExamples: [manifestExample(application: "<application\n    android:label=\"Bank\"\n    ↓android:usesCleartextTraffic=\"true\">\n</application>")],
        nonTriggeringExamples: [manifestExample(application: "<application android:usesCleartextTraffic=\"false\"/>")])

    func check(root: XMLElementNode, into issues: inout IssueCollector) {
        if let application = root.child("application"), application.attributes["android:usesCleartextTraffic"] == "true" {
            issues.add(application, attribute: "android:usesCleartextTraffic")
        }
    }
}
