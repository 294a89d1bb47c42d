import Testing
@testable import WardCore

@Suite struct CorrelationTests {
    static func code(_ tool: String, rule: String, cwe: [Int], path: String = "app/jobs.py", lines: ClosedRange<Int>, severity: Severity = .medium) -> Finding {
        Finding(
            ruleId: rule, tool: tool, kind: .code, severity: severity, title: "\(tool) \(rule)", message: "m", cwe: cwe,
            location: Location(path: path, startLine: lines.lowerBound, startColumn: 1, endLine: lines.upperBound, endColumn: 10),
            fingerprint: "\(tool)-\(rule)-\(path)-\(lines.lowerBound)")
    }

    static func dependency(_ tool: String, id: String, aliases: [String], purl: String) -> Finding {
        Finding(
            ruleId: id, tool: tool, kind: .dependency, severity: .high, title: id, message: "m", fingerprint: "\(tool)-\(id)",
            component: ComponentReference(purl: purl, name: "jinja2", version: "2.10", ecosystem: "PyPI"),
            advisory: AdvisoryReference(id: id, aliases: aliases, fixedVersions: ["2.10.1"]))
    }

    @Test func banditAndSemgrepOnTheSameLineBecomeOneFindingWithTwoSources() {
        let bandit = Self.code("bandit", rule: "B602", cwe: [78], lines: 12...12, severity: .high)
        let semgrep = Self.code("semgrep", rule: "subprocess-shell-true", cwe: [78], lines: 11...13, severity: .medium)
        let merged = FindingCorrelator.merge([bandit, semgrep])
        #expect(merged.count == 1)
        #expect(merged[0].ruleId == "B602")
        #expect(merged[0].severity == .high)
        #expect(merged[0].sources?.map(\.tool) == ["bandit", "semgrep"])
        #expect(merged[0].sources?.map(\.ruleId) == ["B602", "subprocess-shell-true"])
    }

    @Test func theSameWeaknessOnOtherLinesOrInAnotherFileStaysApart() {
        let a = Self.code("bandit", rule: "B602", cwe: [78], lines: 12...12)
        let elsewhere = Self.code("semgrep", rule: "x", cwe: [78], lines: 40...41)
        let otherFile = Self.code("semgrep", rule: "x", cwe: [78], path: "app/other.py", lines: 12...12)
        let otherWeakness = Self.code("semgrep", rule: "y", cwe: [89], lines: 12...12)
        #expect(FindingCorrelator.merge([a, elsewhere, otherFile, otherWeakness]).count == 4)
    }

    @Test func oneToolsTwoFindingsNeverMerge() {
        let first = Self.code("bandit", rule: "B602", cwe: [78], lines: 12...12)
        let second = Self.code("bandit", rule: "B605", cwe: [78], lines: 12...12)
        #expect(FindingCorrelator.merge([first, second]).count == 2)
    }

    @Test func anAdvisoryKnownByAnyOfItsIdsInTheSamePackageMerges() {
        let trivy = Self.dependency("trivy", id: "CVE-2019-10906", aliases: [], purl: "pkg:pypi/jinja2@2.10")
        let grype = Self.dependency("grype", id: "GHSA-462w-v97r-4m45", aliases: ["CVE-2019-10906"], purl: "pkg:pypi/jinja2@2.10")
        let otherPackage = Self.dependency("osv-scanner", id: "CVE-2019-10906", aliases: [], purl: "pkg:pypi/flask@1.0")
        let merged = FindingCorrelator.merge([trivy, grype, otherPackage])
        #expect(merged.count == 2)
        #expect(merged[0].sources?.map(\.tool) == ["trivy", "grype"])
        #expect(merged[0].advisory?.aliases == ["GHSA-462w-v97r-4m45"])
    }

    @Test func theSameSecretFromTwoScannersMerges() {
        let secret = RedactedSecret(secret: Array("not-a-real-token-for-tests".utf8))
        var gitleaks = Self.code("gitleaks", rule: "generic-api-key", cwe: [798], lines: 3...3)
        gitleaks.secret = secret
        var trufflehog = Self.code("trufflehog", rule: "Generic", cwe: [], path: "config/other.env", lines: 9...9)
        trufflehog.secret = secret
        #expect(FindingCorrelator.merge([gitleaks, trufflehog]).count == 1)
    }
}
