import WardCore

/// Flags exception domains allowing plain HTTP (`NSExceptionAllowsInsecureHTTPLoads`); localhost is fine.
struct IOSInsecureHTTPExceptionRule: PlistRule {
    static let keys = ["NSExceptionAllowsInsecureHTTPLoads", "NSTemporaryExceptionAllowsInsecureHTTPLoads"]
    static let local: Set<String> = ["localhost", "127.0.0.1", "::1"]

    let description = RuleDescription(
        id: "ios-ats-insecure-http-exception", title: "Plain HTTP allowed for a domain",
        summary: "An ATS exception lets the app talk to this domain over unencrypted HTTP, so requests and responses can be read and altered.",
        kind: .configuration, severity: .medium, cwe: [319], owasp: ["MASVS-NETWORK-1", "A02:2021"],
        remediation: "Serve the domain over HTTPS and remove the exception.",
        triggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>api.example.com</key>\n      <dict>\n        ↓<key>NSExceptionAllowsInsecureHTTPLoads</key>\n        <true/>\n      </dict>\n    </dict>")],
        nonTriggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>localhost</key>\n      <dict>\n        <key>NSExceptionAllowsInsecureHTTPLoads</key>\n        <true/>\n      </dict>\n    </dict>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        for domain in plist.exceptionDomains where !Self.local.contains(domain.key.lowercased()) {
            for key in Self.keys {
                if let entry = domain.value[key], entry.value.isTrue { issues.add(line: entry.line, detail: domain.key) }
            }
        }
    }
}
