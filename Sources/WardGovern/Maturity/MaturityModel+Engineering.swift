import WardCore

extension MaturityModel {
    /// Requirements, design, coding, testing and third-party components.
    static let engineeringActivities: [MaturityActivity] = [
        // MARK: - Security requirements
        MaturityActivity(
            id: "requirements-set-selected", dimension: .requirements, level: 1, title: "A security requirement set applies to the project",
            evidence: .computed(EvidenceCheck("At least one requirement of the library applies (the project has a portrait).") { e, _ in e.requirementsApplicable > 0 }),
            dsomm: "Culture and Organization › Design (security requirements)", samm: "D-SR-A1"),
        MaturityActivity(
            id: "requirements-half-verified", dimension: .requirements, level: 2, title: "Half of the applicable requirements are verified",
            evidence: .computed(.ratio("Requirement coverage (verified / applicable)", atLeast: 0.5) { $0.requirementCoverage }),
            dsomm: "Culture and Organization › Design (security requirements)", samm: "D-SR-A2"),
        MaturityActivity(
            id: "requirements-mostly-verified", dimension: .requirements, level: 3, title: "Most applicable requirements are verified",
            evidence: .computed(.ratio("Requirement coverage (verified / applicable)", atLeast: 0.8) { $0.requirementCoverage }),
            dsomm: "Test and Verification › Application tests", samm: "V-RT-A2"),
        MaturityActivity(
            id: "requirements-reviewed-per-release", dimension: .requirements, level: 4, title: "Requirements are reviewed with the product owner each release",
            evidence: .attested("the product owner and a security champion reviewed the requirement set for the current release"),
            dsomm: "Culture and Organization › Process", samm: "D-SR-B2"),
        MaturityActivity(
            id: "requirements-fully-verified", dimension: .requirements, level: 5, title: "Nearly every applicable requirement is verified",
            evidence: .computed(.ratio("Requirement coverage (verified / applicable)", atLeast: 0.95) { $0.requirementCoverage }),
            dsomm: "Test and Verification › Application tests", samm: "V-RT-A3"),

        // MARK: - Secure design
        MaturityActivity(
            id: "design-threat-model-exists", dimension: .design, level: 1, title: "The project has a threat model",
            evidence: .computed(EvidenceCheck("A threat model (threatmodel.yml) recorded for the project.") { e, _ in e.threatModelUpdatedAt != nil }),
            dsomm: "Culture and Organization › Design › Conduction of simple threat modeling on technical level", samm: "D-TA-B1"),
        MaturityActivity(
            id: "design-threat-model-current", dimension: .design, level: 2, title: "The threat model changed within the last year",
            evidence: .computed(EvidenceCheck("A threat model updated within the last 365 days.") { e, date in
                (MaturityEvidence.age(of: e.threatModelUpdatedAt, at: date) ?? .infinity) <= 365
            }),
            dsomm: "Culture and Organization › Design › Conduction of simple threat modeling on technical level", samm: "D-TA-B2"),
        MaturityActivity(
            id: "design-threat-model-reviewed", dimension: .design, level: 3, title: "The threat model was reviewed within six months",
            evidence: .computed(EvidenceCheck("A threat model review recorded within the last 180 days.") { e, date in
                (MaturityEvidence.age(of: e.threatModelReviewedAt, at: date) ?? .infinity) <= 180
            }),
            dsomm: "Culture and Organization › Design › Conduction of advanced threat modeling", samm: "D-TA-B2"),
        MaturityActivity(
            id: "design-threats-addressed", dimension: .design, level: 4, title: "No high or critical design threat is open",
            evidence: .computed(EvidenceCheck("A threat model with no open high or critical design threat.") { e, _ in
                e.threatModelUpdatedAt != nil && e.openHighDesignThreats == 0
            }),
            dsomm: "Culture and Organization › Design › Conduction of advanced threat modeling", samm: "D-SA-A2"),
        MaturityActivity(
            id: "design-architecture-review", dimension: .design, level: 5, title: "An independent architecture review took place",
            evidence: .attested("an architect outside the team reviewed the design and its threat model within the last year"),
            dsomm: "Culture and Organization › Design", samm: "V-AA-A3"),

        // MARK: - Secure coding
        MaturityActivity(
            id: "coding-sast-run", dimension: .coding, level: 1, title: "Code is scanned (SAST)",
            evidence: .computed(.scans(.code, atLeast: 1, days: 90, name: "code (SAST)")),
            dsomm: "Test and Verification › Static depth for applications › Static analysis for important server side components", samm: "V-ST-A1"),
        MaturityActivity(
            id: "coding-secrets-scanned", dimension: .coding, level: 2, title: "Code and secrets are scanned every month",
            evidence: .computed(EvidenceCheck("At least one code scan and one secret scan in the last 30 days.") { e, _ in
                e.scans(.code, days: 30) >= 1 && e.scans(.secret, days: 30) >= 1
            }),
            dsomm: "Test and Verification › Static depth for infrastructure › Test for stored secrets", samm: "I-SB-A2"),
        MaturityActivity(
            id: "coding-scanned-continuously", dimension: .coding, level: 3, title: "Code is scanned continuously",
            evidence: .computed(.scans(.code, atLeast: 8, days: 30, name: "code (SAST)")),
            dsomm: "Test and Verification › Static depth for applications › Static analysis for all self written components", samm: "V-ST-A2"),
        MaturityActivity(
            id: "coding-no-secret-recurrence", dimension: .coding, level: 4, title: "Leaked secrets do not come back",
            evidence: .computed(EvidenceCheck("Secret scans in the last 30 days and no secret found again after its fix in the last 90 days.") { e, _ in
                e.scans(.secret, days: 30) >= 1 && e.secretRecurrencesLast90Days == 0
            }),
            dsomm: "Test and Verification › Static depth for infrastructure › Test for stored secrets", samm: "I-SB-B3"),
        MaturityActivity(
            id: "coding-no-critical-code-findings", dimension: .coding, level: 5, title: "No high or critical code finding is open",
            evidence: .computed(EvidenceCheck("A code scan in the last 30 days and no open high or critical code finding.") { e, _ in
                e.scans(.code, days: 30) >= 1 && e.open(.code, atLeast: .high) == 0
            }),
            dsomm: "Test and Verification › Consolidation › Treatment of defects with severity high or higher", samm: "I-DM-A3"),

        // MARK: - Security testing
        MaturityActivity(
            id: "testing-dast-run", dimension: .testing, level: 1, title: "The running application is tested (DAST)",
            evidence: .computed(.scans(.dynamic, atLeast: 1, days: 90, name: "dynamic (DAST)")),
            dsomm: "Test and Verification › Dynamic depth for applications › Simple scan", samm: "V-ST-B1"),
        MaturityActivity(
            id: "testing-dast-monthly", dimension: .testing, level: 2, title: "DAST runs every month",
            evidence: .computed(.scans(.dynamic, atLeast: 1, days: 30, name: "dynamic (DAST)")),
            dsomm: "Test and Verification › Dynamic depth for applications › Simple scan", samm: "V-ST-B2"),
        MaturityActivity(
            id: "testing-dast-weekly", dimension: .testing, level: 3, title: "DAST runs every week",
            evidence: .computed(.scans(.dynamic, atLeast: 4, days: 30, name: "dynamic (DAST)")),
            dsomm: "Test and Verification › Dynamic depth for applications › Coverage of more input vectors", samm: "V-ST-B2"),
        MaturityActivity(
            id: "testing-penetration-test", dimension: .testing, level: 4, title: "A penetration test took place within a year",
            evidence: .attested("a penetration test of the current version was performed and its report filed"),
            dsomm: "Test and Verification › Application tests", samm: "V-ST-B3"),
        MaturityActivity(
            id: "testing-regression-tests", dimension: .testing, level: 5, title: "Every fixed vulnerability has a regression test",
            evidence: .attested("fixed high and critical vulnerabilities are covered by automated regression tests"),
            dsomm: "Test and Verification › Application tests › Security integration tests for important components", samm: "V-RT-B3"),

        // MARK: - Third-party components
        MaturityActivity(
            id: "third-party-sca-run", dimension: .thirdParty, level: 1, title: "Dependencies are checked for known vulnerabilities",
            evidence: .computed(.scans(.dependency, atLeast: 1, days: 90, name: "dependency (SCA)")),
            dsomm: "Test and Verification › Static depth for applications › Software composition analysis (server side)", samm: "I-SB-B1"),
        MaturityActivity(
            id: "third-party-sca-monthly", dimension: .thirdParty, level: 2, title: "Dependencies are checked every month",
            evidence: .computed(.scans(.dependency, atLeast: 1, days: 30, name: "dependency (SCA)")),
            dsomm: "Test and Verification › Static depth for applications › Software composition analysis (client side)", samm: "I-SB-B2"),
        MaturityActivity(
            id: "third-party-sbom-per-release", dimension: .thirdParty, level: 3, title: "Every release has an SBOM",
            evidence: .computed(EvidenceCheck("At least one release in the last 90 days, each with an SBOM.") { e, _ in
                e.releasesLast90Days > 0 && e.releasesWithSBOM >= e.releasesLast90Days
            }),
            dsomm: "Build and Deployment › Build › SBOM of components", samm: "I-SB-B2"),
        MaturityActivity(
            id: "third-party-no-banned", dimension: .thirdParty, level: 4, title: "No banned component is in use",
            evidence: .computed(EvidenceCheck("A dependency scan in the last 30 days and no component the policy bans.") { e, _ in
                e.scans(.dependency, days: 30) >= 1 && e.bannedComponentsInUse == 0
            }),
            dsomm: "Culture and Organization › Process (approved components)", samm: "I-SB-B3"),
        MaturityActivity(
            id: "third-party-no-critical", dimension: .thirdParty, level: 5, title: "No component with a known high or critical vulnerability",
            evidence: .computed(EvidenceCheck("A dependency scan in the last 30 days and no open high or critical dependency finding.") { e, _ in
                e.scans(.dependency, days: 30) >= 1 && e.open(.dependency, atLeast: .high) == 0
            }),
            dsomm: "Test and Verification › Consolidation › Treatment of defects with severity high or higher", samm: "I-SB-B3"),
    ]
}
