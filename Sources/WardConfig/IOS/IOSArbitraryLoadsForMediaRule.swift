import WardCore

/// Flags `NSAllowsArbitraryLoadsForMedia = true`: AVFoundation media may stream over plain HTTP.
struct IOSArbitraryLoadsForMediaRule: PlistRule {
    let description = RuleDescription(
        id: "ios-ats-arbitrary-loads-for-media", title: "ATS disabled for media",
        summary: "Media loaded through AVFoundation may travel unencrypted, exposing what the user watches or listens to.",
        kind: .configuration, severity: .low, cwe: [319], owasp: ["MASVS-NETWORK-1"],
        remediation: "Serve media over HTTPS and remove NSAllowsArbitraryLoadsForMedia.",
        triggeringExamples: [atsExample("    ↓<key>NSAllowsArbitraryLoadsForMedia</key>\n    <true/>")],
        nonTriggeringExamples: [atsExample("    <key>NSAllowsArbitraryLoadsForMedia</key>\n    <false/>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        if let entry = plist.appTransportSecurity?["NSAllowsArbitraryLoadsForMedia"], entry.value.isTrue { issues.add(line: entry.line) }
    }
}
