extension BuiltInRequirements {
    /// Mobile app resilience against tampering and analysis.
    static let mobileResilience: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-MOBILE-RESILIENCE-01", title: "The app detects a compromised device",
            text: "The app detects rooted or jailbroken devices and hooking frameworks and limits banking functions on them according to the bank's risk policy.",
            rationale: "On a compromised device the platform's protections no longer hold.",
            verification: .test, asvs: [], masvs: ["MASVS-RESILIENCE-1"], cwe: [919],
            appliesTo: RequirementApplicability(platforms: [.mobile], minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-MOBILE-RESILIENCE-02", title: "The app checks its own integrity",
            text: "The app verifies its signature and, for sensitive operations, obtains a platform attestation (App Attest, Play Integrity) that the server checks.",
            rationale: "Repackaged banking apps are distributed to steal credentials.",
            verification: .test, asvs: [], masvs: ["MASVS-RESILIENCE-2"], cwe: [354],
            appliesTo: RequirementApplicability(platforms: [.mobile], minimumTier: .tier2)),
        SecurityRequirement(
            id: "WARD-MOBILE-RESILIENCE-03", title: "Release builds are hardened against analysis",
            text: "Release builds are obfuscated where the platform allows, strip symbols and debug information, and refuse to run under a debugger.",
            rationale: "Raising the cost of analysis slows down the creation of targeted malware.",
            verification: .automatedScan, asvs: [], masvs: ["MASVS-RESILIENCE-3", "MASVS-RESILIENCE-4"], cwe: [489, 656],
            appliesTo: RequirementApplicability(platforms: [.mobile], minimumTier: .tier2),
            evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [489])),
        SecurityRequirement(
            id: "WARD-MOBILE-RESILIENCE-04", title: "Outdated app versions are retired",
            text: "The server can require a minimum app version and refuses banking functions to versions with known security flaws.",
            rationale: "A fix helps only the customers who run it.",
            verification: .test, asvs: [], masvs: ["MASVS-CODE-2"], cwe: [1104],
            appliesTo: .mobile),
    ]
}
