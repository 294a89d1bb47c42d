import Foundation
import WardCore
@testable import WardGovern

/// Seeded project histories for the maturity tests; the assessment date is fixed.
enum MaturityFixtures {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    static func attestation(_ id: String, project: String = "payments", madeDaysAgo: Double = 30, expiresInDays: Double = 335) -> Attestation {
        Attestation(
            activityId: id, project: project, attestedBy: "a.lee", attestedAt: daysAgo(madeDaysAgo),
            evidenceLink: "https://wiki.example/evidence/\(id)", expiresAt: now.addingTimeInterval(expiresInDays * 86_400))
    }

    /// A team that does everything: every computed threshold met.
    static let exemplary = MaturityEvidence(
        project: "payments",
        scansLast30Days: [.code: 20, .secret: 20, .dependency: 20, .configuration: 5, .container: 5, .dynamic: 6],
        scansLast90Days: [.code: 60, .secret: 60, .dependency: 60, .configuration: 15, .container: 15, .dynamic: 18],
        gateCallsLast90Days: 120, gateFailuresLast90Days: 4, slaComplianceRatio: 0.97,
        meanDaysToRemediate: [.critical: 1.5, .high: 9], reopenRate: 0.01, releasesLast90Days: 6, releasesWithSBOM: 6,
        threatModelUpdatedAt: daysAgo(40), threatModelReviewedAt: daysAgo(40), openHighDesignThreats: 0,
        requirementsApplicable: 50, requirementsVerified: 49, secretRecurrencesLast90Days: 0, secretMeanDaysToRemediate: 0.5,
        openFindings: [.code: [.medium: 3], .dependency: [.low: 2]], bannedComponentsInUse: 0)

    /// A team midway: see `MaturityAssessorTests.seededHistoryGivesExactLevels` for the expected levels.
    static let midway = MaturityEvidence(
        project: "payments",
        scansLast30Days: [.code: 10, .secret: 2, .dependency: 3, .configuration: 2],
        scansLast90Days: [.code: 25, .secret: 6, .dependency: 9, .configuration: 5],
        gateCallsLast90Days: 50, gateFailuresLast90Days: 3, slaComplianceRatio: 0.92,
        meanDaysToRemediate: [.critical: 2, .high: 20], reopenRate: 0.03, releasesLast90Days: 4, releasesWithSBOM: 3,
        threatModelUpdatedAt: daysAgo(100), threatModelReviewedAt: daysAgo(200), openHighDesignThreats: 1,
        requirementsApplicable: 40, requirementsVerified: 34, secretRecurrencesLast90Days: 1, secretMeanDaysToRemediate: 1.5,
        openFindings: [.code: [.low: 4]], bannedComponentsInUse: 0)
}
