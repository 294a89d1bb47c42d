import WardCore

/// Flags `get-task-allow = true` in entitlements: a debugger can attach to the shipped app.
struct IOSGetTaskAllowRule: PlistRule {
    var fileType: ConfigFileType { .entitlements }

    let description = RuleDescription(
        id: "ios-get-task-allow", title: "Debugging entitlement enabled",
        summary: "get-task-allow lets other processes attach a debugger and read the app's memory: keys, tokens and personal data.",
        kind: .configuration, severity: .high, cwe: [489], owasp: ["MASVS-RESILIENCE-4"],
        remediation: "Sign release builds with a distribution profile, which sets get-task-allow to false; do not set it by hand.",
        triggeringExamples: [plistExample("  ↓<key>get-task-allow</key>\n  <true/>", path: "App/App.entitlements")],
        nonTriggeringExamples: [plistExample("  <key>get-task-allow</key>\n  <false/>", path: "App/App.entitlements")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        if let entry = plist["get-task-allow"], entry.value.isTrue { issues.add(line: entry.line) }
    }
}
