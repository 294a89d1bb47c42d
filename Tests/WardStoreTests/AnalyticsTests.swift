import Foundation
import Testing
import WardCore
@testable import WardStore

/// Portfolio analytics on a constructed history: fixes in and out of the SLA, a regression that
/// restarts the clock, teams, and projects without a team.
@Suite struct AnalyticsTests {
    typealias Remediation = PortfolioAnalytics.Remediation

    /// Day 0: payments' `pay` reports c (critical), h (high), m and k (medium); web's `web` reports w (high); `misc` (no team) reports x (low).
    /// Day 3 c is fixed (3 days, SLA 7); day 40 h and w are fixed (40 days, SLA 30); day 41 c comes back; day 45 it is fixed again (4 days).
    static func history(_ engine: StoreDatabase.Engine) async throws -> (PlatformStore, TestClock) {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        for team in ["payments", "web"] { _ = try await store.createTeam(team, actor: Sample.admin) }
        let c = Sample.finding("c", severity: .critical, line: 1)
        let h = Sample.finding("h", severity: .high, line: 2, cwe: [89])
        let m = Sample.finding("m", severity: .medium, line: 3, cwe: [89])
        let k = Sample.finding("k", severity: .medium, line: 4, cwe: [89, 798])
        let pay: ([Finding]) async throws -> Void = { findings in
            _ = try await store.ingest(Sample.upload(findings), project: "pay", createProject: true, team: "payments", actor: Sample.admin)
        }
        try await pay([c, h, m, k])
        _ = try await store.ingest(Sample.upload([Sample.finding("w", line: 5, cwe: [79])]), project: "web", createProject: true, team: "web", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([Sample.finding("x", severity: .low, line: 6, cwe: [22])]), project: "misc", createProject: true, actor: Sample.admin)
        clock.advance(days: 3)
        try await pay([h, m, k])
        clock.advance(days: 37)
        try await pay([m, k])
        _ = try await store.ingest(Sample.upload([]), project: "web", actor: Sample.admin)
        clock.advance(days: 1)
        try await pay([c, m, k])
        clock.advance(days: 4)
        try await pay([m, k])
        return (store, clock)
    }

    static func same(_ actual: [Remediation], _ expected: [Remediation], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.map(\.name) == expected.map(\.name), sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(a.fixed == e.fixed && a.fixedWithinSLA == e.fixedWithinSLA && a.reopened == e.reopened, "\(a.name)", sourceLocation: sourceLocation)
            for (x, y) in [(a.meanDaysToRemediate, e.meanDaysToRemediate), (a.slaCompliance, e.slaCompliance), (a.recurrence, e.recurrence)] {
                #expect((x == nil) == (y == nil) && abs((x ?? 0) - (y ?? 0)) < 1e-9, "\(a.name): \(String(describing: x)) ≠ \(String(describing: y))", sourceLocation: sourceLocation)
            }
        }
    }

    static func row(_ name: String, fixed: Int, days: Double, within: Int, reopened: Int) -> Remediation {
        Remediation(name: name, fixed: fixed, seconds: days * 86_400, fixedWithinSLA: within, reopened: reopened)
    }

    @Test(arguments: TestStore.engines)
    func remediationBySeverityAndTeam(engine: StoreDatabase.Engine) async throws {
        let (store, _) = try await Self.history(engine)
        defer { Task { await store.close() } }
        let analytics = try await store.analytics(visibility: .everything, days: 90)
        Self.same(analytics.bySeverity, [
            Self.row("critical", fixed: 2, days: 7, within: 2, reopened: 1), Self.row("high", fixed: 2, days: 80, within: 0, reopened: 0),
            Self.row("medium", fixed: 0, days: 0, within: 0, reopened: 0), Self.row("low", fixed: 0, days: 0, within: 0, reopened: 0),
            Self.row("info", fixed: 0, days: 0, within: 0, reopened: 0),
        ])
        #expect(analytics.bySeverity[0].meanDaysToRemediate == 3.5 && analytics.bySeverity[0].slaCompliance == 1 && analytics.bySeverity[0].recurrence == 0.5)
        #expect(analytics.bySeverity[2].meanDaysToRemediate == nil && analytics.bySeverity[2].slaCompliance == nil)
        Self.same(analytics.byTeam, [
            Self.row("payments", fixed: 3, days: 47, within: 2, reopened: 1), Self.row("web", fixed: 1, days: 40, within: 0, reopened: 0),
        ])
        #expect(analytics.topCWEsByTeam == [
            .init(team: "payments", cwe: "CWE-89", open: 2), .init(team: "payments", cwe: "CWE-798", open: 1),
            .init(team: PortfolioAnalytics.noTeam, cwe: "CWE-22", open: 1),
        ])
        #expect(analytics.weeks.map(\.new).reduce(0, +) == 6)
        #expect(analytics.weeks.map(\.fixed).reduce(0, +) == 4)
        #expect(analytics.days == 90)
    }

    @Test(arguments: TestStore.engines)
    func theWindowAndTheScopeLimitWhatCounts(engine: StoreDatabase.Engine) async throws {
        let (store, clock) = try await Self.history(engine)
        defer { Task { await store.close() } }
        // The last 30 days (from day 15) hold the fixes of day 40 and 45 and the regression of day 41.
        let recent = try await store.analytics(visibility: .everything, days: 30)
        Self.same(Array(recent.bySeverity.prefix(2)), [
            Self.row("critical", fixed: 1, days: 4, within: 1, reopened: 1), Self.row("high", fixed: 2, days: 80, within: 0, reopened: 0),
        ])
        #expect(recent.since == clock.now.addingTimeInterval(-30 * 86_400))

        let web = try #require(try await store.project(key: "web"))
        let webTeam = Visibility(allProjects: false, teamIDs: [try #require(web.teamID)])
        let seen = try await store.analytics(visibility: webTeam, days: 90)
        Self.same(seen.byTeam, [Self.row("web", fixed: 1, days: 40, within: 0, reopened: 0)])
        #expect(seen.topCWEsByTeam.isEmpty)
        #expect(seen.bySeverity.map(\.fixed) == [0, 1, 0, 0, 0])

        let pay = try #require(try await store.project(key: "pay"))
        let one = try await store.analytics(projectID: pay.id, visibility: .everything, days: 90)
        #expect(one.byTeam.map(\.name) == ["payments"])
        #expect(one.bySeverity.map(\.fixed) == [2, 1, 0, 0, 0])
        #expect(one.weeks.map(\.new).reduce(0, +) == 4)
    }

    @Test(arguments: TestStore.engines)
    func aFixWithoutADueDateIsNeverLate(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        _ = try await store.ingest(Sample.upload([Sample.finding("i", severity: .info)]), project: "p", createProject: true, actor: Sample.admin)
        clock.advance(days: 500)
        _ = try await store.ingest(Sample.upload([]), project: "p", actor: Sample.admin)
        let analytics = try await store.analytics(visibility: .everything, days: 30)
        Self.same([analytics.bySeverity[4]], [Self.row("info", fixed: 1, days: 500, within: 1, reopened: 0)])
        #expect(analytics.byTeam.map(\.name) == [PortfolioAnalytics.noTeam])
    }

    /// Findings per KLOC count only projects whose latest scan recorded its lines, and add them up by team.
    @Test(arguments: TestStore.engines)
    func findingsPerThousandLinesComeFromTheLatestMeasuredScan(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        _ = try await store.createTeam("payments", actor: Sample.admin)
        var first = Sample.upload([Sample.finding("a"), Sample.finding("b", line: 2), Sample.finding("c", line: 3)])
        first.linesScanned = 4_000
        _ = try await store.ingest(first, project: "pay", createProject: true, team: "payments", actor: Sample.admin)
        // A later scan without a line count (another tool's report) keeps the last measured size.
        _ = try await store.ingest(Sample.upload([Sample.finding("a"), Sample.finding("b", line: 2)], tools: ["semgrep"]), project: "pay", actor: Sample.admin)
        var second = Sample.upload([Sample.finding("d")])
        second.linesScanned = 1_000
        _ = try await store.ingest(second, project: "card", createProject: true, team: "payments", actor: Sample.admin)
        // Never measured: left out of both sides.
        _ = try await store.ingest(Sample.upload([Sample.finding("e")]), project: "misc", createProject: true, actor: Sample.admin)

        let density = try await store.analytics(visibility: .everything).density
        #expect(density.map(\.team) == ["payments"])
        let payments = try #require(density.first)
        #expect(payments.projectsMeasured == 2)
        #expect(payments.linesOfCode == 5_000)
        #expect(payments.openFindings == 4)
        #expect(payments.findingsPerKLOC == 0.8)
    }
}
