import WardCore

/// Reports custom URL schemes: any app can open them with any payload, so handlers must validate input.
struct IOSCustomURLSchemeRule: PlistRule {
    let description = RuleDescription(
        id: "ios-custom-url-scheme", title: "Custom URL scheme registered",
        summary: "Custom schemes are not owned: another app can claim the same scheme, and any page or app can send crafted URLs to the handler.",
        kind: .configuration, severity: .info, confidence: .medium, cwe: [939], owasp: ["MASVS-PLATFORM-1"],
        remediation: "Validate every parameter of incoming URLs, never act on them without user confirmation, and prefer Universal Links.",
        triggeringExamples: [plistExample("  <key>CFBundleURLTypes</key>\n  <array>\n    <dict>\n      <key>CFBundleURLSchemes</key>\n      <array>\n        ↓<string>bankapp</string>\n      </array>\n    </dict>\n  </array>")],
        nonTriggeringExamples: [plistExample("  <key>CFBundleIdentifier</key>\n  <string>com.example.bank</string>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        for type in plist["CFBundleURLTypes"]?.value.elements ?? [] {
            for scheme in type["CFBundleURLSchemes"]?.value.elements ?? [] {
                if let name = scheme.string { issues.add(line: scheme.line, detail: name) }
            }
        }
    }
}
