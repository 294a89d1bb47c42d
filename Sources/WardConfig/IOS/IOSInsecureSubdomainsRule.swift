import WardCore

/// Flags `NSIncludesSubdomains` on a domain that allows plain HTTP: the hole covers every subdomain.
struct IOSInsecureSubdomainsRule: PlistRule {
    let description = RuleDescription(
        id: "ios-ats-insecure-subdomains", title: "Insecure ATS exception covers all subdomains",
        summary: "With NSIncludesSubdomains the plain-HTTP exception extends to every present and future subdomain of the domain.",
        kind: .configuration, severity: .medium, cwe: [319], owasp: ["MASVS-NETWORK-1"],
        remediation: "Scope the exception to the exact host that needs it, or remove it.",
        triggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>example.com</key>\n      <dict>\n        ↓<key>NSIncludesSubdomains</key>\n        <true/>\n        <key>NSExceptionAllowsInsecureHTTPLoads</key>\n        <true/>\n      </dict>\n    </dict>")],
        nonTriggeringExamples: [atsExample("    <key>NSExceptionDomains</key>\n    <dict>\n      <key>example.com</key>\n      <dict>\n        <key>NSIncludesSubdomains</key>\n        <true/>\n        <key>NSExceptionRequiresForwardSecrecy</key>\n        <true/>\n      </dict>\n    </dict>")])

    func check(plist: PlistValue, into issues: inout IssueCollector) {
        for domain in plist.exceptionDomains {
            let insecure = IOSInsecureHTTPExceptionRule.keys.contains { domain.value[$0]?.value.isTrue == true }
            if insecure, let entry = domain.value["NSIncludesSubdomains"], entry.value.isTrue { issues.add(line: entry.line, detail: domain.key) }
        }
    }
}
