import Foundation
import Hummingbird
import WardCore
import WardGovern
import WardStore

/// The body of `PUT /projects/{key}/profile`: the profile's fields plus `baseline`. Without `baseline` the choice
/// stays as it was; `null` returns to the platform's default gate; `auto` or `id[@version]` chooses one.
struct ProjectProfileRequest: Decodable, Sendable {
    var profile: ProjectProfile
    var baseline: String??

    enum Keys: String, CodingKey { case baseline }

    init(from decoder: any Decoder) throws {
        profile = try ProjectProfile(from: decoder)
        let container = try decoder.container(keyedBy: Keys.self)
        if container.contains(.baseline) {
            baseline = .some(try container.decodeNil(forKey: .baseline) ? nil : try container.decode(String.self, forKey: .baseline))
        }
    }
}

/// A baseline as the API shows it.
struct BaselineJSON: Codable, Sendable {
    var reference: String
    var id: String
    var version: Int
    var title: String
    var requiredScans: [FindingKind]
    var failOnNew: Severity?
    /// Maximum days open, by severity.
    var maxAge: [String: Int]
    var activities: [String: String]
    var bannedComponents: [String]

    init(_ baseline: SecurityBaseline) {
        reference = baseline.reference
        id = baseline.id
        version = baseline.version
        title = baseline.title
        requiredScans = baseline.requiredScans
        failOnNew = baseline.gate.failOnNew
        maxAge = Dictionary(uniqueKeysWithValues: baseline.gate.maxAge.map { ($0.key.rawValue, $0.value) })
        activities = Dictionary(baseline.activities.map { ($0.name, $0.cadence.description) }, uniquingKeysWith: { a, _ in a })
        bannedComponents = baseline.bannedComponents.map(\.pattern)
    }
}

struct RequirementRecordJSON: Codable, Sendable {
    var status: RequirementStatus
    var by: String
    var at: Date
    var justification: String?
}

/// One applicable requirement with its effective status and why.
struct RequirementStatusJSON: Codable, Sendable {
    var id: String
    var area: String
    var title: String
    var text: String
    var verification: VerificationMethod
    var asvs: [String]
    var masvs: [String]
    var cwe: [Int]
    var status: RequirementStatus
    var reason: String
    var record: RequirementRecordJSON?

    init(_ item: EffectiveRequirementStatus) {
        let requirement = item.requirement
        id = requirement.id
        area = requirement.area
        title = requirement.title
        text = requirement.text
        verification = requirement.verification
        asvs = requirement.asvs
        masvs = requirement.masvs
        cwe = requirement.cwe
        status = item.status
        reason = item.reason
        record = item.record.map { RequirementRecordJSON(status: $0.status, by: $0.by, at: $0.at, justification: $0.justification) }
    }
}

struct RequirementStatusRequest: Codable, Sendable {
    var status: String
    var justification: String?

    /// The status, accepting `not_applicable` for `not-applicable`.
    func parsed() throws -> RequirementStatus {
        guard let status = RequirementStatus(rawValue: status.replacingOccurrences(of: "_", with: "-")) else {
            throw APIError.badRequest("status: '\(status)' is not one of \(RequirementStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return status
    }
}

struct ThreatModelJSON: Codable, Sendable {
    var project: String
    var title: String
    var uploadedBy: String
    var uploadedAt: Date
    var reviewedAt: Date?
    var scan: Int?
    var yaml: String
    var threats: [Threat]
    var dot: String
}

struct AttestationRequest: Codable, Sendable {
    var activity: String
    var evidenceLink: String
    var expiresAt: Date
}

/// A project's maturity: levels per dimension with the next steps, the figures behind them, attestations and trend.
struct MaturityJSON: Codable, Sendable {
    struct Step: Codable, Sendable {
        var activity: String
        var title: String
        var attested: Bool
        var howToSatisfy: String
    }

    struct Dimension: Codable, Sendable {
        var dimension: MaturityDimension
        var title: String
        var level: Int
        var nextSteps: [Step]
    }

    struct Evidence: Codable, Sendable {
        var scansLast30Days: [String: Int]
        var scansLast90Days: [String: Int]
        var gateCallsLast90Days: Int
        var gateFailuresLast90Days: Int
        var slaComplianceRatio: Double?
        var meanDaysToRemediate: [String: Double]
        var reopenRate: Double?
        var releasesLast90Days: Int
        var releasesWithSBOM: Int
        var threatModelUpdatedAt: Date?
        var threatModelReviewedAt: Date?
        var openHighDesignThreats: Int
        var requirementsApplicable: Int
        var requirementsVerified: Int
        var secretRecurrencesLast90Days: Int
        var secretMeanDaysToRemediate: Double?
        var bannedComponentsInUse: Int

        init(_ e: MaturityEvidence) {
            scansLast30Days = Dictionary(uniqueKeysWithValues: e.scansLast30Days.map { ($0.key.rawValue, $0.value) })
            scansLast90Days = Dictionary(uniqueKeysWithValues: e.scansLast90Days.map { ($0.key.rawValue, $0.value) })
            gateCallsLast90Days = e.gateCallsLast90Days
            gateFailuresLast90Days = e.gateFailuresLast90Days
            slaComplianceRatio = e.slaComplianceRatio
            meanDaysToRemediate = Dictionary(uniqueKeysWithValues: e.meanDaysToRemediate.map { ($0.key.rawValue, $0.value) })
            reopenRate = e.reopenRate
            releasesLast90Days = e.releasesLast90Days
            releasesWithSBOM = e.releasesWithSBOM
            threatModelUpdatedAt = e.threatModelUpdatedAt
            threatModelReviewedAt = e.threatModelReviewedAt
            openHighDesignThreats = e.openHighDesignThreats
            requirementsApplicable = e.requirementsApplicable
            requirementsVerified = e.requirementsVerified
            secretRecurrencesLast90Days = e.secretRecurrencesLast90Days
            secretMeanDaysToRemediate = e.secretMeanDaysToRemediate
            bannedComponentsInUse = e.bannedComponentsInUse
        }
    }

    var project: String
    var date: Date
    var overallLevel: Int
    var dimensions: [Dimension]
    var evidence: Evidence
    var attestations: [AttestationRecord]
    var trend: [MaturitySnapshot]

    init(_ maturity: ProjectMaturity) {
        project = maturity.project.key
        date = maturity.assessment.date
        overallLevel = maturity.assessment.overallLevel
        dimensions = maturity.assessment.dimensions.map { dimension in
            Dimension(
                dimension: dimension.dimension, title: dimension.dimension.title, level: dimension.level,
                nextSteps: dimension.toReachNextLevel.map { Step(activity: $0.activityId, title: $0.title, attested: $0.attested, howToSatisfy: $0.howToSatisfy) })
        }
        evidence = Evidence(maturity.evidence)
        attestations = maturity.attestations
        trend = maturity.trend
    }
}

extension MaturityJSON: ResponseEncodable {}
extension ThreatModelJSON: ResponseEncodable {}
extension RequirementStatusJSON: ResponseEncodable {}
extension AttestationRecord: ResponseEncodable {}
