import WardCore

extension MaturityModel {
    /// Build and infrastructure, vulnerability management, operations and organisation.
    static let operationsActivities: [MaturityActivity] = [
        // MARK: - Build and infrastructure
        MaturityActivity(
            id: "build-configuration-scanned", dimension: .buildInfrastructure, level: 1, title: "Infrastructure configuration is scanned",
            evidence: .computed(.scans(.configuration, atLeast: 1, days: 90, name: "configuration (IaC)")),
            dsomm: "Test and Verification › Static depth for infrastructure › Test of infrastructure as code", samm: "O-EM-A1"),
        MaturityActivity(
            id: "build-images-scanned", dimension: .buildInfrastructure, level: 2, title: "Configuration and container images are scanned every month",
            evidence: .computed(EvidenceCheck("At least one configuration scan and one container image scan in the last 30 days.") { e, _ in
                e.scans(.configuration, days: 30) >= 1 && e.scans(.container, days: 30) >= 1
            }),
            dsomm: "Test and Verification › Static depth for infrastructure › Test for image vulnerabilities", samm: "O-EM-B2"),
        MaturityActivity(
            id: "build-gate-called", dimension: .buildInfrastructure, level: 3, title: "Pipelines ask the security gate",
            evidence: .computed(EvidenceCheck("At least one gate evaluation from a pipeline in the last 90 days.") { e, _ in e.gateCallsLast90Days >= 1 }),
            dsomm: "Build and Deployment › Deployment › Defined deployment process", samm: "I-SD-A2"),
        MaturityActivity(
            id: "build-gate-enforced", dimension: .buildInfrastructure, level: 4, title: "The security gate stops pipelines",
            evidence: .computed(EvidenceCheck("At least one pipeline failed by the gate in the last 90 days (the gate blocks, not just reports).") { e, _ in
                e.gateFailuresLast90Days >= 1
            }),
            dsomm: "Build and Deployment › Deployment (gated deployment)", samm: "I-SD-A3"),
        MaturityActivity(
            id: "build-signed-artefacts", dimension: .buildInfrastructure, level: 5, title: "Release artefacts are signed and verified at deployment",
            evidence: .attested("release artefacts are signed in the pipeline and the signature is verified before deployment"),
            dsomm: "Build and Deployment › Build › Signing of artifacts", samm: "I-SD-B3"),

        // MARK: - Vulnerability management
        MaturityActivity(
            id: "vulnerabilities-tracked", dimension: .vulnerabilityManagement, level: 1, title: "Findings are tracked against an SLA",
            evidence: .computed(EvidenceCheck("An SLA compliance figure recorded (findings have come due).") { e, _ in e.slaComplianceRatio != nil }),
            dsomm: "Test and Verification › Consolidation › Simple visualization of defects", samm: "I-DM-A1"),
        MaturityActivity(
            id: "vulnerabilities-sla-70", dimension: .vulnerabilityManagement, level: 2, title: "Most findings are fixed within their SLA",
            evidence: .computed(.ratio("SLA compliance", atLeast: 0.7) { $0.slaComplianceRatio }),
            dsomm: "Test and Verification › Consolidation › Treatment of defects with severity high or higher", samm: "I-DM-A2"),
        MaturityActivity(
            id: "vulnerabilities-sla-90", dimension: .vulnerabilityManagement, level: 3, title: "Nearly all findings are fixed within their SLA",
            evidence: .computed(.ratio("SLA compliance", atLeast: 0.9) { $0.slaComplianceRatio }),
            dsomm: "Test and Verification › Consolidation › Treatment of defects with severity middle", samm: "I-DM-B2"),
        MaturityActivity(
            id: "vulnerabilities-fast-remediation", dimension: .vulnerabilityManagement, level: 4, title: "Critical and high findings are fixed fast",
            evidence: .computed(EvidenceCheck("Mean time to remediate of at most 3 days for critical and 15 days for high findings (no figure: none to fix).") { e, _ in
                (e.meanDaysToRemediate[.critical] ?? 0) <= 3 && (e.meanDaysToRemediate[.high] ?? 0) <= 15 && e.slaComplianceRatio != nil
            }),
            dsomm: "Test and Verification › Consolidation › Treatment of all defects", samm: "I-DM-B3"),
        MaturityActivity(
            id: "vulnerabilities-stay-fixed", dimension: .vulnerabilityManagement, level: 5, title: "Fixed findings stay fixed",
            evidence: .computed(EvidenceCheck("A reopen rate of at most 5% and SLA compliance of at least 95%.") { e, _ in
                (e.reopenRate ?? 1) <= 0.05 && (e.slaComplianceRatio ?? 0) >= 0.95
            }),
            dsomm: "Test and Verification › Consolidation › Treatment of all defects", samm: "I-DM-B3"),

        // MARK: - Operations and incident response
        MaturityActivity(
            id: "operations-incident-contact", dimension: .operations, level: 1, title: "An incident contact and plan exist",
            evidence: .attested("the project names an on-call security contact and has a written incident response plan"),
            dsomm: "Culture and Organization › Process › Definition of simple BCDR practices for critical components", samm: "O-IM-B1"),
        MaturityActivity(
            id: "operations-secrets-revoked-fast", dimension: .operations, level: 2, title: "Leaked secrets are revoked within two days",
            evidence: .computed(EvidenceCheck("Mean time to fix a secret finding of at most 2 days over the last 90 days.") { e, _ in
                (e.secretMeanDaysToRemediate ?? .infinity) <= 2
            }),
            dsomm: "Information Gathering › Monitoring (secret leaks)", samm: "O-IM-A2"),
        MaturityActivity(
            id: "operations-logs-centralised", dimension: .operations, level: 3, title: "Security logs are centralised and alerted on",
            evidence: .attested("security events are shipped to central logging with alerts on attacks"),
            dsomm: "Information Gathering › Logging › Centralized application logging", samm: "O-IM-A2"),
        MaturityActivity(
            id: "operations-incident-drill", dimension: .operations, level: 4, title: "Incident response is rehearsed",
            evidence: .attested("an incident response drill (tabletop or live) took place within the last year"),
            dsomm: "Culture and Organization › Process (incident response exercises)", samm: "O-IM-B2"),
        MaturityActivity(
            id: "operations-lessons-learned", dimension: .operations, level: 5, title: "Incidents feed back into requirements and rules",
            evidence: .attested("post-incident reviews produced new requirements, rules or tests, filed with the review"),
            dsomm: "Information Gathering › Monitoring (post-incident learning)", samm: "O-IM-B3"),

        // MARK: - Organisation and skills
        MaturityActivity(
            id: "organisation-security-owner", dimension: .organisation, level: 1, title: "The project has a named security owner",
            evidence: .attested("a person is accountable for the project's security"),
            dsomm: "Culture and Organization › Education and Guidance › Security consulting on request", samm: "G-SM-A1"),
        MaturityActivity(
            id: "organisation-training", dimension: .organisation, level: 2, title: "Developers completed secure coding training",
            evidence: .attested("every developer on the team completed secure coding training within the last year"),
            dsomm: "Culture and Organization › Education and Guidance › Ad-Hoc Security trainings for software developers", samm: "G-EG-A1"),
        MaturityActivity(
            id: "organisation-security-champion", dimension: .organisation, level: 3, title: "The team has a security champion",
            evidence: .attested("a trained security champion is named in the team and has time allocated"),
            dsomm: "Culture and Organization › Education and Guidance › Each team has a security champion", samm: "G-EG-B2"),
        MaturityActivity(
            id: "organisation-metrics-reviewed", dimension: .organisation, level: 4, title: "Security metrics are reviewed every quarter",
            evidence: .attested("the team reviewed its maturity, SLA and trend figures with management this quarter"),
            dsomm: "Culture and Organization › Process (metrics)", samm: "G-SM-B2"),
        MaturityActivity(
            id: "organisation-advanced-training", dimension: .organisation, level: 5, title: "Security skills are refreshed regularly",
            evidence: .attested("the team took part in advanced security training or exercises (e.g. capture the flag) within the last year"),
            dsomm: "Culture and Organization › Education and Guidance › Regular security training for all", samm: "G-EG-A3"),
    ]
}
