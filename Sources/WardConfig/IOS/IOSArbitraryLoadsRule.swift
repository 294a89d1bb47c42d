import WardCore

/// Flags `NSAllowsArbitraryLoads = true`: App Transport Security off for every connection of the app.
struct IOSArbitraryLoadsRule: PlistRule {
    let description = RuleDescription(
        id: "ios-ats-arbitrary-loads", title: "App Transport Security disabled",
        summary: "NSAllowsArbitraryLoads lets the app load plain HTTP and weak TLS from any host, exposing traffic to interception.",
        kind: .configuration, severity: .high, cwe: [319], owasp: ["MASVS-NETWORK-1", "A02:2021"],
        remediation: "Remove NSAllowsArbitraryLoads; serve everything over TLS 1.2+ and add narrow NSExceptionDomains only where unavoidable.",
        triggeringExamples: [atsExample("    ↓<key>NSAllowsArbitraryLoads</key>\n    <true/>")],
        nonTriggeringExamples: [atsExample("    <key>NSAllowsArbitraryLoads</key>\n    <false/>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        if let entry = plist.appTransportSecurity?["NSAllowsArbitraryLoads"], entry.value.isTrue { issues.add(line: entry.line) }
    }
}
