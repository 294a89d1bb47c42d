import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct BaselineEvaluatorTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static func daysAgo(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86_400) }

    let api: SecurityBaseline
    let clean: BaselineEvidence

    init() throws {
        api = try #require(try BaselineCatalog.builtIn().baseline(named: "public-api@2"))
        clean = BaselineEvidence(
            findings: [GovernanceFinding(ruleId: "weak-hash", kind: .code, severity: .medium, cwe: [328], path: "src/Hash.swift", firstSeen: Self.daysAgo(40), isNew: true)],
            kindsScanned: [.secret, .code, .dependency, .configuration, .container, .dynamic],
            components: [BaselineEvidence.Component(purl: "pkg:maven/com.alibaba/fastjson@1.2.83", path: "pom.xml")],
            activities: ["dast": Self.daysAgo(3), "threat-model-review": Self.daysAgo(100), "penetration-test": Self.daysAgo(200)],
            isRelease: true, activitiesThisRun: ["sbom"], now: Self.now)
    }

    @Test func cleanRunPasses() {
        #expect(BaselineEvaluator.evaluate(api, clean) == GateDecision(pass: true, reasons: []))
    }

    @Test func missingScanKinds() {
        var evidence = clean
        evidence.kindsScanned = [.secret, .code, .configuration, .container]
        let decision = BaselineEvaluator.evaluate(api, evidence)
        #expect(!decision.pass)
        #expect(decision.reasons == [
            "no dependency or dynamic scan in this pipeline: the baseline 'public-api@2' requires secret, code, dependency, configuration, container, dynamic",
        ])
    }

    @Test func newFindingsAtOrAboveTheThreshold() {
        var evidence = clean
        evidence.findings += [
            GovernanceFinding(ruleId: "sql-injection", kind: .code, severity: .high, cwe: [89], path: "src/a/Repo.swift", firstSeen: Self.now, isNew: true),
            GovernanceFinding(ruleId: "xss", kind: .code, severity: .high, cwe: [79], path: "src/b/View.swift", firstSeen: Self.now, isNew: true),
            GovernanceFinding(ruleId: "old-high", kind: .code, severity: .high, path: "src/c.swift", firstSeen: Self.daysAgo(5), isNew: false),
            GovernanceFinding(ruleId: "rce", kind: .dependency, severity: .critical, purl: "pkg:npm/x@1.0.0", firstSeen: Self.now, isNew: true),
        ]
        #expect(BaselineEvaluator.evaluate(api, evidence).reasons == [
            "1 new critical finding in pkg:npm/x@1.0.0: fix or triage it; the baseline 'public-api@2' fails on new high or worse",
            "2 new high findings in src/a/Repo.swift, src/b/View.swift: fix or triage them; the baseline 'public-api@2' fails on new high or worse",
        ])
    }

    @Test func findingsOlderThanTheBaselineAllows() {
        var evidence = clean
        evidence.findings += [
            GovernanceFinding(ruleId: "hardcoded-key", kind: .secret, severity: .critical, cwe: [798], path: "src/Keys.swift", firstSeen: Self.daysAgo(12)),
            GovernanceFinding(ruleId: "open-redirect", kind: .code, severity: .high, path: "src/Redirect.swift", firstSeen: Self.daysAgo(31)),
            GovernanceFinding(ruleId: "ok-high", kind: .code, severity: .high, path: "src/Fine.swift", firstSeen: Self.daysAgo(30)),
        ]
        #expect(BaselineEvaluator.evaluate(api, evidence).reasons == [
            "critical finding hardcoded-key in src/Keys.swift is 12 days old; the baseline allows 7",
            "high finding open-redirect in src/Redirect.swift is 31 days old; the baseline allows 30",
        ])
    }

    @Test func aLimitForHighAlsoBoundsCritical() {
        let gate = BaselineGate(failOnNew: nil, maxAge: [.high: 30, .medium: 90])
        #expect(BaselineEvaluator.maximumAge(for: .critical, in: gate) == 30)
        #expect(BaselineEvaluator.maximumAge(for: .medium, in: gate) == 90)
        #expect(BaselineEvaluator.maximumAge(for: .low, in: gate) == nil)
    }

    @Test func bannedComponents() {
        var evidence = clean
        evidence.components += [
            BaselineEvidence.Component(purl: "pkg:npm/event-stream@3.3.6", path: "package-lock.json"),
            BaselineEvidence.Component(purl: "pkg:npm/event-stream@3.3.5", path: "package-lock.json"),
            BaselineEvidence.Component(purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", path: "build.gradle"),
            BaselineEvidence.Component(purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", path: "build.gradle"),
            BaselineEvidence.Component(purl: "not a purl", path: "x"),
        ]
        #expect(BaselineEvaluator.evaluate(api, evidence).reasons == [
            "banned component pkg:npm/event-stream@3.3.6 in package-lock.json: release shipped the flatmap-stream backdoor that stole wallet keys",
            "banned component pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1 in build.gradle: Log4Shell JNDI lookups (CVE-2021-44228, CVE-2021-45046, CVE-2021-44832); use 2.17.1 or later",
        ])
    }

    @Test func overdueAndMissingActivities() {
        var evidence = clean
        evidence.activitiesThisRun = []
        evidence.activities = ["dast": Self.daysAgo(9), "threat-model-review": Self.daysAgo(100)]
        #expect(BaselineEvaluator.evaluate(api, evidence).reasons == [
            "sbom was not done in this release pipeline: the baseline 'public-api@2' requires it for each release",
            "dast was last done 2026-11-09 (9 days ago): the baseline 'public-api@2' requires it every 7 days",
            "penetration-test has never been recorded: the baseline 'public-api@2' requires it every 366 days",
        ])
        evidence.isRelease = false
        evidence.activitiesThisRun = ["dast", "penetration-test"]
        #expect(BaselineEvaluator.evaluate(api, evidence).pass)
    }
}
