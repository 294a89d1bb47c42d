import Foundation
import WardCore

/// What the platform recorded about one project, reduced to the figures maturity activities test.
///
/// The store fills it from scans, gate calls, issue history and releases; tests build it by hand.
/// An absent optional means "no data", which never satisfies a threshold.
public struct MaturityEvidence: Codable, Sendable, Hashable {
    public var project: String
    /// Scans that covered each kind in the last 30 and 90 days.
    public var scansLast30Days: [FindingKind: Int]
    public var scansLast90Days: [FindingKind: Int]
    /// Gate evaluations requested by pipelines in the last 90 days, and how many of them failed the pipeline.
    public var gateCallsLast90Days: Int
    public var gateFailuresLast90Days: Int
    /// Findings closed within their SLA divided by findings that came due (0...1).
    public var slaComplianceRatio: Double?
    /// Mean days from first seen to fixed, per severity, over the last 90 days.
    public var meanDaysToRemediate: [Severity: Double]
    /// Fixed findings that came back, divided by fixed findings (0...1).
    public var reopenRate: Double?
    public var releasesLast90Days: Int
    public var releasesWithSBOM: Int
    public var threatModelUpdatedAt: Date?
    public var threatModelReviewedAt: Date?
    /// Open design findings (threats) at high or critical severity.
    public var openHighDesignThreats: Int
    /// Requirements that apply to the project, and how many of them are verified.
    public var requirementsApplicable: Int
    public var requirementsVerified: Int
    /// Secrets found again after they had been fixed, in the last 90 days.
    public var secretRecurrencesLast90Days: Int
    /// Mean days from a secret finding to its fix (revocation), last 90 days.
    public var secretMeanDaysToRemediate: Double?
    /// Open findings per kind and severity.
    public var openFindings: [FindingKind: [Severity: Int]]
    /// Components in use that the component policy bans.
    public var bannedComponentsInUse: Int

    public init(
        project: String, scansLast30Days: [FindingKind: Int] = [:], scansLast90Days: [FindingKind: Int] = [:],
        gateCallsLast90Days: Int = 0, gateFailuresLast90Days: Int = 0, slaComplianceRatio: Double? = nil,
        meanDaysToRemediate: [Severity: Double] = [:], reopenRate: Double? = nil, releasesLast90Days: Int = 0,
        releasesWithSBOM: Int = 0, threatModelUpdatedAt: Date? = nil, threatModelReviewedAt: Date? = nil,
        openHighDesignThreats: Int = 0, requirementsApplicable: Int = 0, requirementsVerified: Int = 0,
        secretRecurrencesLast90Days: Int = 0, secretMeanDaysToRemediate: Double? = nil,
        openFindings: [FindingKind: [Severity: Int]] = [:], bannedComponentsInUse: Int = 0
    ) {
        self.project = project
        self.scansLast30Days = scansLast30Days
        self.scansLast90Days = scansLast90Days
        self.gateCallsLast90Days = gateCallsLast90Days
        self.gateFailuresLast90Days = gateFailuresLast90Days
        self.slaComplianceRatio = slaComplianceRatio
        self.meanDaysToRemediate = meanDaysToRemediate
        self.reopenRate = reopenRate
        self.releasesLast90Days = releasesLast90Days
        self.releasesWithSBOM = releasesWithSBOM
        self.threatModelUpdatedAt = threatModelUpdatedAt
        self.threatModelReviewedAt = threatModelReviewedAt
        self.openHighDesignThreats = openHighDesignThreats
        self.requirementsApplicable = requirementsApplicable
        self.requirementsVerified = requirementsVerified
        self.secretRecurrencesLast90Days = secretRecurrencesLast90Days
        self.secretMeanDaysToRemediate = secretMeanDaysToRemediate
        self.openFindings = openFindings
        self.bannedComponentsInUse = bannedComponentsInUse
    }

    /// Verified / applicable requirements; nil when no requirement applies yet.
    public var requirementCoverage: Double? {
        requirementsApplicable > 0 ? Double(requirementsVerified) / Double(requirementsApplicable) : nil
    }

    public func scans(_ kind: FindingKind, days: Int) -> Int {
        (days <= 30 ? scansLast30Days[kind] : scansLast90Days[kind]) ?? 0
    }

    /// Open findings of `kind` at or above `severity`.
    public func open(_ kind: FindingKind, atLeast severity: Severity) -> Int {
        (openFindings[kind] ?? [:]).filter { $0.key >= severity }.reduce(0) { $0 + $1.value }
    }

    /// Days between `date` and `reference`, nil when the date is unknown.
    static func age(of date: Date?, at reference: Date) -> Double? {
        date.map { reference.timeIntervalSince($0) / 86_400 }
    }
}
