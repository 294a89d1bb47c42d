import WardCore

/// Flags exception domains accepting TLS below 1.2.
struct IOSWeakTLSVersionRule: PlistRule {
    static let weak: Set<String> = ["TLSv1.0", "TLSv1.1", "SSLv3"]

    let description = RuleDescription(
        id: "ios-ats-weak-tls-version", title: "TLS below 1.2 allowed for a domain",
        summary: "TLS 1.0 and 1.1 are deprecated (RFC 8996) and have known weaknesses; allowing them invites downgrade attacks.",
        kind: .configuration, severity: .medium, cwe: [327], owasp: ["MASVS-NETWORK-1", "A02:2021"],
        remediation: "Upgrade the server to TLS 1.2 or 1.3 and remove NSExceptionMinimumTLSVersion.",
        triggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>legacy.example.com</key>\n      <dict>\n        ↓<key>NSExceptionMinimumTLSVersion</key>\n        <string>TLSv1.0</string>\n      </dict>\n    </dict>")],
        nonTriggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>api.example.com</key>\n      <dict>\n        <key>NSExceptionMinimumTLSVersion</key>\n        <string>TLSv1.2</string>\n      </dict>\n    </dict>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        for domain in plist.exceptionDomains {
            for key in ["NSExceptionMinimumTLSVersion", "NSTemporaryExceptionMinimumTLSVersion"] {
                if let entry = domain.value[key], let version = entry.value.string, Self.weak.contains(version) {
                    issues.add(line: entry.line, detail: "\(domain.key): \(version)")
                }
            }
        }
    }
}
