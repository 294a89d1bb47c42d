extension BuiltInRequirements {
    /// Privacy of personal data.
    static let privacy: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-PRIVACY-01", title: "Only necessary personal data is collected",
            text: "Each personal data field has a documented purpose and legal basis; fields without one are not collected.",
            rationale: "Data not collected cannot leak and need not be protected.",
            verification: .review, asvs: ["V14.1.1"], masvs: ["MASVS-PRIVACY-1"], cwe: [359],
            appliesTo: RequirementApplicability(personalData: true)),
        SecurityRequirement(
            id: "WARD-PRIVACY-02", title: "Personal data is deleted on schedule",
            text: "Personal data is deleted or anonymised when its retention period ends, and the deletion is logged.",
            rationale: "Retention limits are a legal duty and shrink what a breach can expose.",
            verification: .attestation, asvs: ["V14.2.7"], masvs: ["MASVS-PRIVACY-2"], cwe: [359],
            appliesTo: RequirementApplicability(personalData: true)),
        SecurityRequirement(
            id: "WARD-PRIVACY-03", title: "Third-party SDKs are vetted for data collection",
            text: "Analytics, advertising and crash-reporting SDKs are approved before use and receive no personal or account data.",
            rationale: "SDKs send data to parties the customer never agreed to.",
            verification: .review, asvs: ["V14.2.3"], masvs: ["MASVS-PRIVACY-1", "MASVS-PRIVACY-3"], cwe: [359],
            appliesTo: RequirementApplicability(platforms: [.web, .mobile], personalData: true)),
        SecurityRequirement(
            id: "WARD-PRIVACY-04", title: "Customers can see and control their data",
            text: "Customers can view the personal data held about them, withdraw optional consents and request deletion through a supported channel.",
            rationale: "Transparency and control are rights under PIPL, GDPR and similar laws.",
            verification: .attestation, asvs: ["V10.7.3"], masvs: ["MASVS-PRIVACY-4"], cwe: [359],
            appliesTo: RequirementApplicability(platforms: [.web, .mobile], personalData: true)),
    ]
}
