import Foundation
import WardCore

/// The fixed reports every format is rendered from. Changing them means regenerating the goldens
/// (`WARD_UPDATE_GOLDEN=1 swift test --filter WardReportTests`).
enum SampleReports {
    /// Placeholder-shaped clear values: the reports must only ever carry their redacted forms.
    static let clearAWSKey = "AKIA" + String(repeating: "X", count: 16)
    static let clearToken = "tok_" + String(repeating: "Y", count: 24)
    static let awsSecret = RedactedSecret(secret: Array(clearAWSKey.utf8))
    static let tokenSecret = RedactedSecret(secret: Array(clearToken.utf8))

    static let tool = ToolInfo(name: "ward", version: "0.1.0-test", informationUri: "https://github.com/ward-security/ward")
    static let started = Date(timeIntervalSince1970: 1_714_564_800)  // 2024-05-01T12:00:00Z

    static let awsPath = "config/app settings & \"prod\".yml"
    static let awsSnippet = "aws_access_key_id: \(awsSecret.redacted)"
    /// Characters that need escaping somewhere: XML/HTML specials, quotes, a comma, ESC and BEL
    /// (invalid in XML 1.0), a bidi override, and non-ASCII text.
    static let tokenSnippet = "let token = \"\(tokenSecret.redacted)\" // <b>&'x', café \u{1B}[31m\u{07}\u{202E}"
    static let httpSnippet = "let url = URL(string: \"http://example.com/api\")!"

    static let rules: [RuleSummary] = [
        RuleSummary(RuleDescription(
            id: "aws-access-key-id", title: "AWS access key ID", summary: "An AWS access key ID grants API access to an AWS account.",
            kind: .secret, severity: .critical, cwe: [798], remediation: "Deactivate the key in IAM, then remove it from the code.",
            tags: ["aws", "key"], references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"])),
        RuleSummary(RuleDescription(
            id: "generic-api-token", title: "Generic API token", summary: "A token assigned to a variable whose name says it is secret.",
            kind: .secret, severity: .high, confidence: .medium, cwe: [798, 522],
            remediation: "Rotate the token and load it from the environment or a secret manager.", tags: ["api-key"])),
        RuleSummary(RuleDescription(
            id: "insecure-transport", title: "Plain HTTP URL", summary: "Traffic to this URL is neither encrypted nor authenticated.",
            kind: .code, severity: .medium, cwe: [319], remediation: "Use https://.")),
    ]

    static let findings: [Finding] = [
        Finding(
            ruleId: "aws-access-key-id", kind: .secret, severity: .critical, title: "AWS access key ID",
            message: "AWS access key ID: \(awsSecret.redacted)", cwe: [798],
            location: Location(path: awsPath, startLine: 3, startColumn: 20, endLine: 3, endColumn: 40, snippet: awsSnippet),
            secret: awsSecret, remediation: "Deactivate the key in IAM, then remove it from the code.", tags: ["aws", "key"],
            fingerprint: Fingerprint.make(ruleId: "aws-access-key-id", path: awsPath, content: awsSnippet)),
        Finding(
            ruleId: "generic-api-token", kind: .secret, severity: .high, confidence: .medium, title: "Generic API token",
            message: "Generic API token: \(tokenSecret.redacted)", cwe: [798, 522],
            location: Location(path: "src/main.swift", startLine: 7, startColumn: 14, endLine: 7, endColumn: 42, snippet: tokenSnippet),
            secret: tokenSecret, remediation: "Rotate the token and load it from the environment or a secret manager.",
            tags: ["api-key"], fingerprint: Fingerprint.make(ruleId: "generic-api-token", path: "src/main.swift", content: tokenSnippet),
            commit: GitProvenance(
                commit: "3f2a9c1d5e7b8a6f4c2d0e9b1a3c5d7e9f1b2a4c", author: "Zoë O'Brien", email: "zoe@example.com",
                date: "2024-04-30T09:15:00Z")),
        Finding(
            ruleId: "insecure-transport", kind: .code, severity: .medium, title: "Plain HTTP URL",
            message: "@sync endpoint uses plain HTTP: http://example.com/api", cwe: [319],
            location: Location(path: "src/main.swift", startLine: 120, startColumn: 24, endLine: 120, endColumn: 46, snippet: httpSnippet),
            remediation: "Use https://.", fingerprint: Fingerprint.make(ruleId: "insecure-transport", path: "src/main.swift", content: httpSnippet)),
        Finding(
            ruleId: "GHSA-462w-v97r-4m45", kind: .dependency, severity: .high, title: "jinja2 2.10 is affected by GHSA-462w-v97r-4m45",
            message: "jinja2 2.10 is affected by GHSA-462w-v97r-4m45 (CVE-2019-10906, PYSEC-2019-217): Jinja2 sandbox escape via string formatting. Upgrade jinja2 to ≥ 2.10.1.",
            cwe: [693], location: Location(path: "backend/requirements.txt", startLine: 4, startColumn: 1, endLine: 4, endColumn: 1),
            remediation: "Upgrade jinja2 to 2.10.1 or later in backend/requirements.txt (the smallest release above 2.10 that fixes GHSA-462w-v97r-4m45).",
            tags: ["sca", "vulnerability", "pypi"],
            fingerprint: Fingerprint.make(ruleId: "GHSA-462w-v97r-4m45", path: "backend/requirements.txt", content: "pkg:pypi/jinja2"),
            component: ComponentReference(purl: "pkg:pypi/jinja2@2.10", name: "jinja2", version: "2.10", ecosystem: "PyPI", direct: true),
            advisory: AdvisoryReference(
                id: "GHSA-462w-v97r-4m45", aliases: ["CVE-2019-10906", "PYSEC-2019-217"], summary: "Jinja2 sandbox escape via string formatting",
                fixedVersions: ["2.10.1"], cvssVector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N", cvssScore: 8.6,
                url: "https://github.com/advisories/GHSA-462w-v97r-4m45"),
            analysis: FindingAnalysis(state: .underInvestigation, justification: "reachability being checked", source: "vex/openvex.json")),
        Finding(
            ruleId: "missing-security-header", kind: .dynamic, severity: .info, confidence: .low, title: "Missing security header",
            message: "The response has no Strict-Transport-Security header.", cwe: [319],
            fingerprint: Fingerprint.make(ruleId: "missing-security-header", path: "", content: "GET /")),
    ].sorted(by: Finding.reportOrder)

    /// A report with a finding of each of four severities, one from git history, one without a location.
    static let sample = ScanReport(
        tool: tool, target: ScanTarget(mode: .gitHistory, root: "/home/ci/my project", revisions: "main~10..main"),
        startedAt: started, finishedAt: started.addingTimeInterval(1.75),
        statistics: ScanStatistics(
            filesScanned: 12, bytesScanned: 34_567, filesSkippedBinary: 1, filesSkippedIgnored: 3, commitsScanned: 10,
            findingsSuppressed: 2, findingsInBaseline: 1, durationSeconds: 1.75),
        rules: rules, findings: findings,
        warnings: [ScanWarning(path: "vendor/blob.bin", line: 2, message: "skipped: not UTF-8 & over 10 MB")])

    /// The sample with its dependency finding marked not_affected by a VEX statement (SARIF then carries a suppression).
    static let vexSuppressed: ScanReport = {
        var report = sample
        report.findings = report.findings.map { finding in
            guard finding.kind == .dependency else { return finding }
            var copy = finding
            copy.analysis = FindingAnalysis(state: .notAffected, justification: "vulnerable_code_not_in_execute_path", source: "vex.json")
            return copy
        }
        return report
    }()

    /// A clean scan of a relative root.
    static let empty = ScanReport(
        tool: tool, target: ScanTarget(mode: .directory, root: "."), startedAt: started,
        finishedAt: started.addingTimeInterval(0.02),
        statistics: ScanStatistics(filesScanned: 3, bytesScanned: 512, durationSeconds: 0.02),
        rules: [], findings: [], warnings: [])
}
