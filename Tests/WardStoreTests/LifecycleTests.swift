import Foundation
import Testing
import WardCore
@testable import WardStore

@Suite struct LifecycleTests {
    func state(_ store: PlatformStore, _ rule: String) async throws -> FindingRecord {
        var filter = FindingFilter()
        filter.ruleIds = [rule]
        return try #require(try await store.findings(filter, visibility: .everything).items.first)
    }

    @Test(arguments: TestStore.engines)
    func aMissingFindingIsFixedByTheScanAndReopenedWhenItReturns(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        let a = Sample.finding("a"), b = Sample.finding("b", line: 20)
        _ = try await store.ingest(Sample.upload([a, b]), project: "p", createProject: true, actor: Sample.admin)
        let second = try await store.ingest(Sample.upload([a]), project: "p", actor: Sample.admin)
        let fixed = try await state(store, "b")
        #expect(fixed.state == .fixed)
        #expect(fixed.fixedScanID == second.scan.id)
        #expect(second.fixedFindingIDs == [fixed.id])
        let third = try await store.ingest(Sample.upload([a, b]), project: "p", actor: Sample.admin)
        #expect(third.reopenedFindingIDs == [fixed.id])
        #expect(try await state(store, "b").state == .reopened)
        let history = try await store.events(EventFilter(findingID: fixed.id)).reversed().map { "\($0.from ?? "-")→\($0.to ?? "-")" }
        #expect(history == ["-→open", "open→fixed", "fixed→reopened"])
        let changes = try await store.scanChanges(scanID: second.scan.id)
        #expect(changes.fixed == [fixed.id] && changes.new.isEmpty)
    }

    @Test(arguments: TestStore.engines)
    func onlyAScanOfTheSameScopeFixes(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        _ = try await store.ingest(Sample.upload([Sample.finding("a")]), project: "p", createProject: true, actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([], branch: "feature/x"), project: "p", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([], kinds: [.code]), project: "p", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([], tools: ["semgrep"]), project: "p", actor: Sample.admin)
        #expect(try await state(store, "a").state == .open)
        _ = try await store.ingest(Sample.upload([]), project: "p", actor: Sample.admin)
        #expect(try await state(store, "a").state == .fixed)
    }

    @Test(arguments: TestStore.engines)
    func falsePositivesAndAcceptedRisksStaySoAcrossScans(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let a = Sample.finding("a"), b = Sample.finding("b", line: 20)
        _ = try await store.ingest(Sample.upload([a, b]), project: "p", createProject: true, actor: Sample.admin)
        let ida = try await state(store, "a").id, idb = try await state(store, "b").id
        let security = Actor(name: "sec", role: .security)
        try await store.transition(findings: [ida], to: .falsePositive, reason: "test fixture", actor: security, visibility: .everything)
        try await store.transition(
            findings: [idb], to: .acceptedRisk, reason: "compensating control", acceptedUntil: clock.now.addingTimeInterval(10 * 86_400),
            actor: security, visibility: .everything)
        _ = try await store.ingest(Sample.upload([]), project: "p", actor: Sample.admin)
        _ = try await store.ingest(Sample.upload([a, b]), project: "p", actor: Sample.admin)
        #expect(try await state(store, "a").state == .falsePositive)
        #expect(try await state(store, "b").state == .acceptedRisk)
        clock.advance(days: 11)
        let expired = try await store.ingest(Sample.upload([a, b]), project: "p", actor: Sample.admin)
        #expect(expired.reopenedFindingIDs == [idb])
        let reopened = try await state(store, "b")
        #expect(reopened.state == .reopened)
        let last = try #require(try await store.events(EventFilter(findingID: idb)).first)
        #expect(last.actor == "system" && last.reason?.hasPrefix("risk acceptance expired") == true)
    }

    @Test(arguments: TestStore.engines)
    func triageIsAuthorisedAndNeedsAReason(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        _ = try await store.ingest(Sample.upload([Sample.finding("a")]), project: "p", createProject: true, actor: Sample.admin)
        let id = try await state(store, "a").id
        let developer = Actor(name: "dev", role: .developer)
        let later = clock.now.addingTimeInterval(30 * 86_400)
        await #expect(throws: StoreError.forbidden("only security and admin users can accept a risk")) {
            try await store.transition(findings: [id], to: .acceptedRisk, reason: "r", acceptedUntil: later, actor: developer, visibility: .everything)
        }
        await #expect(throws: StoreError.forbidden("auditors cannot triage findings")) {
            try await store.transition(findings: [id], to: .confirmed, reason: "r", actor: Actor(name: "aud", role: .auditor), visibility: .everything)
        }
        await #expect(throws: StoreError.invalid("a reason is required")) {
            try await store.transition(findings: [id], to: .confirmed, reason: "  ", actor: developer, visibility: .everything)
        }
        await #expect(throws: StoreError.invalid("accepting a risk needs an expiry date (acceptedUntil)")) {
            try await store.transition(findings: [id], to: .acceptedRisk, reason: "r", actor: Sample.admin, visibility: .everything)
        }
        await #expect(throws: (any Error).self) {
            try await store.transition(findings: [id], to: .reopened, reason: "r", actor: Sample.admin, visibility: .everything)
        }
        let hidden = Visibility(allProjects: false, teamIDs: [])
        await #expect(throws: StoreError.notFound("no such finding")) {
            try await store.transition(findings: [id], to: .confirmed, reason: "r", actor: developer, visibility: hidden)
        }
        let confirmed = try await store.transition(findings: [id], to: .confirmed, reason: "reproduced", actor: developer, visibility: .everything)
        #expect(confirmed.first?.state == .confirmed && confirmed.first?.stateReason == "reproduced")
        let event = try #require(try await store.events(EventFilter(findingID: id)).first)
        #expect(event.actor == "dev" && event.from == "open" && event.to == "confirmed" && event.reason == "reproduced")
    }

    @Test(arguments: TestStore.engines)
    func dueDatesFollowTheSLAAndOverdueIsFlagged(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        let findings = [Sample.finding("c", severity: .critical), Sample.finding("h", severity: .high, line: 2), Sample.finding("l", severity: .low, line: 3)]
        _ = try await store.ingest(Sample.upload(findings), project: "p", createProject: true, actor: Sample.admin)
        let critical = try await state(store, "c")
        #expect(critical.dueAt == clock.now.addingTimeInterval(7 * 86_400))
        #expect(try await state(store, "l").dueAt == clock.now.addingTimeInterval(180 * 86_400))
        clock.advance(days: 8)
        var overdue = FindingFilter()
        overdue.overdue = true
        #expect(try await store.findings(overdue, visibility: .everything).items.map(\.ruleId) == ["c"])
        let gate = try await store.gate(projectID: critical.projectID, scanID: nil)
        #expect(!gate.decision.pass)
        #expect(gate.decision.reasons.contains("1 critical finding is past the SLA"))
        #expect(gate.decision.reasons.contains("1 new critical finding (the gate fails on new high or worse)"))
        let stats = try await store.dashboard(visibility: .everything)
        #expect(stats.openBySeverity == ["critical": 1, "high": 1, "low": 1])
        #expect(stats.overdue == 1)
        #expect(stats.weeks.map(\.new).reduce(0, +) == 3)
    }

    @Test(arguments: TestStore.engines)
    func meanTimeToRemediateComesFromEvents(engine: StoreDatabase.Engine) async throws {
        let clock = TestClock()
        let store = try await TestStore.make(engine, clock: clock)
        defer { Task { await store.close() } }
        _ = try await store.ingest(Sample.upload([Sample.finding("a")]), project: "p", createProject: true, actor: Sample.admin)
        clock.advance(days: 4)
        _ = try await store.ingest(Sample.upload([]), project: "p", actor: Sample.admin)
        let stats = try await store.dashboard(visibility: .everything)
        #expect(stats.meanDaysToRemediate == 4)
        #expect(stats.weeks.map(\.fixed).reduce(0, +) == 1)
    }
}
