import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct SLAPolicyTests {
    @Test(arguments: [(Severity.critical, 7), (.high, 30), (.medium, 90), (.low, 180)])
    func defaultDueDates(severity: Severity, days: Int) {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(SLAPolicy.default.dueDate(for: severity, firstSeen: start) == start.addingTimeInterval(Double(days) * 86_400))
    }

    @Test func infoHasNoDeadlineUnlessSet() {
        #expect(SLAPolicy.default.dueDate(for: .info, firstSeen: .now) == nil)
        let strict = SLAPolicy(critical: 1, high: 2, medium: 3, low: 4, info: 5)
        #expect(strict.days(for: .info) == 5)
    }

    @Test func projectOverrideWins() {
        let profile = ProjectProfile(sla: SLAPolicy(critical: 2, high: 10, medium: 30, low: 60))
        #expect(profile.effectiveSLA.critical == 2)
        #expect(ProjectProfile().effectiveSLA == .default)
    }
}

@Suite struct GatePolicyTests {
    @Test func failsOnNewHighAndOverdueCritical() {
        let decision = GatePolicy.default.evaluate(new: [.high: 2, .low: 5], overdue: [.critical: 1, .high: 3])
        #expect(!decision.pass)
        #expect(decision.reasons == [
            "2 new high findings (the gate fails on new high or worse)", "1 critical finding is past the SLA",
        ])
    }

    @Test func passesBelowTheThresholds() {
        #expect(GatePolicy.default.evaluate(new: [.medium: 9], overdue: [.high: 1]).pass)
        #expect(GatePolicy(failOnNew: nil, failOnOverdue: nil).evaluate(new: [.critical: 1], overdue: [.critical: 1]).pass)
    }
}
