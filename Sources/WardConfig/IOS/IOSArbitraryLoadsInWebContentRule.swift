import WardCore

/// Flags `NSAllowsArbitraryLoadsInWebContent = true`: web views may load insecure content.
struct IOSArbitraryLoadsInWebContentRule: PlistRule {
    let description = RuleDescription(
        id: "ios-ats-arbitrary-loads-in-web-content", title: "ATS disabled for web content",
        summary: "Web views may load pages over plain HTTP, where a network attacker can inject script into the app's web content.",
        kind: .configuration, severity: .medium, cwe: [319], owasp: ["MASVS-NETWORK-1", "MASVS-PLATFORM-2"],
        remediation: "Remove NSAllowsArbitraryLoadsInWebContent and load web content over HTTPS only.",
        triggeringExamples: [atsExample("    ↓<key>NSAllowsArbitraryLoadsInWebContent</key>\n    <true/>")],
        nonTriggeringExamples: [atsExample("    <key>NSAllowsLocalNetworking</key>\n    <true/>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        if let entry = plist.appTransportSecurity?["NSAllowsArbitraryLoadsInWebContent"], entry.value.isTrue { issues.add(line: entry.line) }
    }
}
