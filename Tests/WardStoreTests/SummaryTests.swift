import Foundation
import Testing
import WardCore
@testable import WardStore

/// The dashboards read summaries that every write keeps; these tests hold them to a fresh recount.
@Suite struct SummaryTests {
    func id(_ store: PlatformStore, _ rule: String) async throws -> Int {
        var filter = FindingFilter()
        filter.ruleIds = [rule]
        return try #require(try await store.findings(filter, visibility: .everything).items.first).id
    }

    @Test(arguments: TestStore.engines)
    func summariesFollowImportsTriageAndExpiry(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let findings = [Sample.finding("c", severity: .critical), Sample.finding("h", severity: .high, line: 2), Sample.finding("l", severity: .low, line: 3)]
        _ = try await store.ingest(Sample.upload(findings), project: "p", createProject: true, actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([Sample.finding("q", severity: .high)]), project: "q", createProject: true, actor: Sample.admin)
        #expect(try await store.dashboard(visibility: .everything).openBySeverity == ["critical": 1, "high": 2, "low": 1])

        try await store.transition(findings: [try await id(store, "c")], to: .falsePositive, reason: "test data", actor: Sample.admin, visibility: .everything)
        try await store.transition(
            findings: [try await id(store, "h")], to: .acceptedRisk, reason: "compensating control", acceptedUntil: clock.now.addingTimeInterval(2 * 86_400),
            actor: Sample.admin, visibility: .everything)
        var stats = try await store.dashboard(visibility: .everything)
        #expect(stats.openBySeverity == ["high": 1, "low": 1])
        #expect(stats.topRules.map(\.name) == ["l", "q"])
        let p = try #require(try await store.project(key: "p"))
        #expect(try await store.dashboard(projectID: p.id, visibility: .everything).openBySeverity == ["low": 1])

        clock.advance(days: 3)
        #expect(try await store.expireAcceptances().count == 1)
        stats = try await store.dashboard(visibility: .everything)
        #expect(stats.openBySeverity == ["high": 2, "low": 1])
        // The high finding of p came on the first day: 30 days' SLA, not yet overdue; nothing else is either.
        #expect(stats.overdue == 0)
        clock.advance(days: 30)
        #expect(try await store.dashboard(visibility: .everything).overdue == 2)
        #expect(try await store.projectSummaries(visibility: .everything)[p.id]?.overdue == 1)

        // A recount from scratch agrees with what the writes kept.
        let kept = try await store.dashboard(visibility: .everything)
        try await store.rebuildSummaries()
        let recounted = try await store.dashboard(visibility: .everything)
        #expect(kept.openBySeverity == recounted.openBySeverity && kept.openByKind == recounted.openByKind)
        #expect(kept.overdue == recounted.overdue && kept.weeks == recounted.weeks)
        #expect(kept.topRules == recounted.topRules && kept.topCWEs == recounted.topCWEs && kept.riskiestProjects == recounted.riskiestProjects)
        #expect(kept.weeks.map(\.new).reduce(0, +) == 4)
    }

    @Test(arguments: TestStore.engines)
    func aProjectsSummaryLeavesWithTheFindingsItCounts(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        _ = try await store.ingest(Sample.upload([Sample.finding("a"), Sample.finding("b", line: 9)]), project: "p", createProject: true, actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([]), project: "p", actor: Sample.admin)
        let stats = try await store.dashboard(visibility: .everything)
        #expect(stats.openTotal == 0)
        #expect(stats.weeks.map(\.fixed).reduce(0, +) == 2)
        #expect(stats.riskiestProjects.isEmpty)
    }
}
