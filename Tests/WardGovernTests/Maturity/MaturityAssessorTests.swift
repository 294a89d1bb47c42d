import Foundation
import Testing
import WardCore
@testable import WardGovern

@Suite struct MaturityAssessorTests {
    typealias F = MaturityFixtures

    @Test func catalogueHasFiveLevelsInEveryDimension() {
        let model = MaturityModel.standard
        #expect(MaturityDimension.allCases.count == 9)
        #expect(model.activities.count == 45)
        #expect(Set(model.activities.map(\.id)).count == 45)
        for dimension in MaturityDimension.allCases {
            #expect(model.activities(in: dimension).map(\.level) == [1, 2, 3, 4, 5], "\(dimension)")
        }
        #expect(model.activities.allSatisfy { RuleDescription.isValidIdentifier($0.id) && !$0.dsomm.isEmpty && !$0.samm.isEmpty })
        #expect(model.activities.filter(\.isAttested).count == 14)
    }

    @Test func noEvidenceIsLevelZeroEverywhere() throws {
        let assessment = MaturityAssessor.assess(MaturityEvidence(project: "new"), attestations: [], at: F.now)
        #expect(assessment.dimensions.map(\.level) == Array(repeating: 0, count: 9))
        #expect(assessment.overallLevel == 0)
        let design = try #require(assessment.dimensions.first { $0.dimension == .design })
        #expect(design.toReachNextLevel.map(\.activityId) == ["design-threat-model-exists"])
        #expect(design.toReachNextLevel.first?.howToSatisfy == "A threat model (threatmodel.yml) recorded for the project.")
        let organisation = try #require(assessment.dimensions.first { $0.dimension == .organisation })
        #expect(organisation.toReachNextLevel.first?.howToSatisfy == "An unexpired attestation (who, when, evidence link) that a person is accountable for the project's security.")
    }

    @Test func everythingInPlaceIsLevelFive() {
        let attestations = MaturityModel.standard.activities.filter(\.isAttested).map { F.attestation($0.id) }
        let assessment = MaturityAssessor.assess(F.exemplary, attestations: attestations, at: F.now)
        #expect(assessment.dimensions.map(\.level) == Array(repeating: 5, count: 9))
        #expect(assessment.overallLevel == 5)
        #expect(assessment.dimensions.allSatisfy { $0.toReachNextLevel.isEmpty })
    }

    @Test func seededHistoryGivesExactLevels() throws {
        let attestations = [
            F.attestation("operations-incident-contact"),
            F.attestation("operations-logs-centralised", madeDaysAgo: 400, expiresInDays: -35),
            F.attestation("organisation-security-owner", project: "another-project"),
            F.attestation("organisation-training"),
        ]
        let assessment = MaturityAssessor.assess(F.midway, attestations: attestations, at: F.now)
        #expect(assessment.dimensions.map(\.dimension) == MaturityDimension.allCases)
        #expect(assessment.dimensions.map(\.level) == [3, 2, 3, 0, 2, 1, 3, 2, 0])
        #expect(assessment.overallLevel == 1)
        let vulnerabilities = try #require(assessment.dimensions.first { $0.dimension == .vulnerabilityManagement })
        #expect(vulnerabilities.toReachNextLevel.map(\.activityId) == ["vulnerabilities-fast-remediation"])
        let build = try #require(assessment.dimensions.first { $0.dimension == .buildInfrastructure })
        // The gate blocks pipelines (level 4 met) but images are not scanned, so level 2 caps the dimension.
        #expect(build.outcomes.map(\.met) == [true, false, true, true, false])
        #expect(build.toReachNextLevel.first?.howToSatisfy == "At least one configuration scan and one container image scan in the last 30 days.")
        #expect(assessment.level(.operations) == 2)
    }

    @Test func overallLevelIsTheRoundedDownMean() {
        let attestations = MaturityModel.standard.activities.filter(\.isAttested).map { F.attestation($0.id) }
        var evidence = F.exemplary
        evidence.scansLast90Days[.dynamic] = 0
        evidence.scansLast30Days[.dynamic] = 0
        evidence.requirementsApplicable = 0
        let assessment = MaturityAssessor.assess(evidence, attestations: attestations, at: F.now)
        #expect(assessment.dimensions.map(\.level) == [0, 5, 5, 0, 5, 5, 5, 5, 5])
        #expect(assessment.overallLevel == 3)
    }

    @Test func attestationsCountOnlyWhileValid() {
        let valid = F.attestation("organisation-training")
        #expect(valid.isValid(at: F.now))
        #expect(!valid.isValid(at: valid.expiresAt))
        #expect(!valid.isValid(at: F.daysAgo(31)))
        var anonymous = valid
        anonymous.attestedBy = ""
        #expect(!anonymous.isValid(at: F.now))
        var unlinked = valid
        unlinked.evidenceLink = ""
        #expect(!unlinked.isValid(at: F.now))
    }

    @Test func threatModelAgeIsMeasuredFromTheAssessmentDate() {
        var evidence = MaturityEvidence(project: "payments", threatModelUpdatedAt: F.daysAgo(366), threatModelReviewedAt: F.daysAgo(10))
        #expect(MaturityAssessor.assess(evidence, attestations: [], at: F.now).level(.design) == 1)
        evidence.threatModelUpdatedAt = F.daysAgo(364)
        #expect(MaturityAssessor.assess(evidence, attestations: [], at: F.now).level(.design) == 4)
    }
}
