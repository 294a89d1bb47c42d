import WardCore

/// Flags `NSExceptionRequiresForwardSecrecy = false`: recorded traffic can be decrypted once the server key leaks.
struct IOSForwardSecrecyDisabledRule: PlistRule {
    let description = RuleDescription(
        id: "ios-ats-forward-secrecy-disabled", title: "Forward secrecy not required for a domain",
        summary: "Without forward secrecy, whoever obtains the server's private key can decrypt previously captured sessions.",
        kind: .configuration, severity: .low, cwe: [327], owasp: ["MASVS-NETWORK-1"],
        remediation: "Enable ECDHE cipher suites on the server and remove the exception.",
        triggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>api.example.com</key>\n      <dict>\n        ↓<key>NSExceptionRequiresForwardSecrecy</key>\n        <false/>\n      </dict>\n    </dict>")],
        nonTriggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>api.example.com</key>\n      <dict>\n        <key>NSExceptionRequiresForwardSecrecy</key>\n        <true/>\n      </dict>\n    </dict>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        for domain in plist.exceptionDomains {
            if let entry = domain.value["NSExceptionRequiresForwardSecrecy"], case .bool(false, _) = entry.value {
                issues.add(line: entry.line, detail: domain.key)
            }
        }
    }
}
