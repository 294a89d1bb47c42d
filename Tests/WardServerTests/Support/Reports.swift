import Foundation

/// Small scan reports in the formats the server reads, written out as a scanner would write them.
enum Reports {
    /// One finding of a Ward JSON report.
    struct Item: Sendable {
        var rule: String
        var severity: String = "high"
        var path: String = "app/settings.py"
        var line: Int = 3

        var fingerprint: String { "\(rule)|\(path)|\(line)".unicodeScalars.map { String($0.value, radix: 16) }.joined() }
    }

    /// A Ward JSON report (docs/schemas/ward-report-1.0.schema.json) with secret findings.
    static func ward(_ items: [Item]) -> Data {
        let findings = items.map { item in
            """
            {"ruleId": "\(item.rule)", "tool": "ward", "kind": "secret", "severity": "\(item.severity)", "confidence": "high",
             "title": "\(item.rule) found", "message": "\(item.rule) in \(item.path)", "cwe": [798], "tags": ["secret"],
             "fingerprint": "\(item.fingerprint)",
             "location": {"path": "\(item.path)", "startLine": \(item.line), "startColumn": 5, "endLine": \(item.line), "endColumn": 40,
                          "snippet": "password = \\"hunt…0a1b2c3d\\""}}
            """
        }
        return Data("""
            {"schemaVersion": "1.0",
             "tool": {"name": "ward", "version": "0.1.0-test", "informationUri": "https://github.com/ward-security/ward"},
             "target": {"mode": "directory", "root": "."},
             "startedAt": "2026-05-01T12:00:00Z", "finishedAt": "2026-05-01T12:00:02Z",
             "statistics": {"filesScanned": 3, "bytesScanned": 512, "filesSkippedBinary": 0, "filesSkippedTooLarge": 0,
                            "filesSkippedIgnored": 0, "findingsSuppressed": 0, "findingsInBaseline": 0, "durationSeconds": 0.02},
             "rules": [], "findings": [\(findings.joined(separator: ",\n"))], "warnings": []}
            """.utf8)
    }

    /// A threat model (threatmodel.yml): a customer logs in over plain HTTP to an internet-facing web shop.
    static let threatModel = """
        title: Shop
        version: "1"
        reviewed: 2026-09-01
        assets:
          - {id: passwords, name: Customer passwords, classification: credentials}
        components:
          - {id: customer, name: Customer, type: external-entity}
          - {id: web, name: Web shop, type: process, internet-facing: true, validates-input: true}
        flows:
          - {id: login, from: customer, to: web, protocol: http, carries: [passwords]}
        boundaries:
          - {id: internet, name: Internet, members: [customer]}
        """

    /// A SARIF 2.1.0 log as Semgrep writes it: two code findings.
    static let sarif = Data("""
        {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
         "runs": [{"tool": {"driver": {"name": "Semgrep OSS", "semanticVersion": "1.70.0",
                   "rules": [{"id": "python.lang.security.audit.eval-detected", "shortDescription": {"text": "eval() on input"},
                              "properties": {"tags": ["CWE-95: Eval Injection", "security"]}},
                             {"id": "python.flask.security.debug-enabled", "shortDescription": {"text": "Flask debug mode"},
                              "properties": {"tags": ["CWE-489: Active Debug Code"]}}]}},
                   "results": [
                     {"ruleId": "python.lang.security.audit.eval-detected", "level": "error", "message": {"text": "eval on user input"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app/views.py"},
                                     "region": {"startLine": 12, "endLine": 12, "snippet": {"text": "eval(request.args['q'])"}}}}]},
                     {"ruleId": "python.flask.security.debug-enabled", "level": "warning", "message": {"text": "debug=True"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "app/main.py"},
                                     "region": {"startLine": 40, "snippet": {"text": "app.run(debug=True)"}}}}]}]}]}
        """.utf8)
}
