import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct GovernanceFindingTests {
    @Test func takesWhatGovernanceNeedsFromAWardFinding() {
        let seen = Date(timeIntervalSince1970: 1_790_000_000)
        let finding = Finding(
            ruleId: "log4shell", kind: .dependency, severity: .critical, title: "log4j-core 2.14.1", message: "vulnerable",
            cwe: [502, 917], location: Location(path: "pom.xml", startLine: 12, startColumn: 5, endLine: 12, endColumn: 40),
            fingerprint: "f1",
            component: ComponentReference(purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", name: "log4j-core", version: "2.14.1", ecosystem: "maven"))
        let converted = GovernanceFinding(finding, firstSeen: seen, isNew: true)
        #expect(converted == GovernanceFinding(
            ruleId: "log4shell", kind: .dependency, severity: .critical, cwe: [502, 917], path: "pom.xml",
            purl: "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", firstSeen: seen, isNew: true))
        #expect(converted.ageInDays(at: seen.addingTimeInterval(12.5 * 86_400)) == 12)
        #expect(converted.ageInDays(at: seen.addingTimeInterval(-86_400)) == 0)
    }

    @Test func loadsWardYmlFromDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ward-\(UUID().uuidString).yml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "profile:\n  exposure: partner\n  platform: batch\n  baseline: batch-job\n".write(toFile: path, atomically: true, encoding: .utf8)
        let governance = try ProjectGovernance.load(path: path)
        #expect(governance.profile.exposure == .partner && governance.profile.platform == .batch)
        #expect(governance.baselineChoice == "batch-job")
        #expect(throws: InputError.self) { try ProjectGovernance.load(path: path + ".missing") }
    }

    @Test func calendarDates() throws {
        let date = try #require(GovernanceDate.parse("2024-02-29"))
        #expect(GovernanceDate.format(date) == "2024-02-29")
        #expect(GovernanceDate.parse("2023-02-29") == nil)
        #expect(GovernanceDate.parse("2026-13-01") == nil)
        #expect(GovernanceDate.parse("yesterday") == nil)
        #expect(GovernanceDate.parse("2026-11-02T10:00:00Z").map(GovernanceDate.format) == "2026-11-02")
    }
}
