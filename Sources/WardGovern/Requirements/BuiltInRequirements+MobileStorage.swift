extension BuiltInRequirements {
    /// Mobile app data storage.
    static let mobileStorage: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-MOBILE-STORAGE-01", title: "Secrets live in the platform key store",
            text: "Tokens, keys and credentials on the device are kept in the iOS Keychain or Android Keystore with device-bound, this-device-only protection.",
            rationale: "Files and preferences are readable from backups and rooted devices; hardware-backed stores are not.",
            verification: .automatedScan, asvs: [], masvs: ["MASVS-STORAGE-1", "MASVS-CRYPTO-2"], cwe: [312, 922],
            appliesTo: .mobile, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [312, 922])),
        SecurityRequirement(
            id: "WARD-MOBILE-STORAGE-02", title: "No sensitive data in backups",
            text: "Files that hold personal or account data are excluded from cloud and device backups, and Android backup is disabled or restricted by rules.",
            rationale: "Backups leave the device and the bank's control.",
            verification: .automatedScan, asvs: [], masvs: ["MASVS-STORAGE-2"], cwe: [530, 312],
            appliesTo: RequirementApplicability(platforms: [.mobile], personalData: true),
            evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [530])),
        SecurityRequirement(
            id: "WARD-MOBILE-STORAGE-03", title: "Sensitive screens and fields do not leak",
            text: "Screens with account data are hidden in the app switcher snapshot, sensitive fields disable keyboard learning and copying, and nothing sensitive goes to the system log.",
            rationale: "Snapshots, keyboard caches, clipboards and logs are read by other apps and by anyone holding the phone.",
            verification: .test, asvs: ["V14.3.1"], masvs: ["MASVS-STORAGE-2", "MASVS-PLATFORM-3"], cwe: [200, 532],
            appliesTo: RequirementApplicability(platforms: [.mobile], personalData: true)),
        SecurityRequirement(
            id: "WARD-MOBILE-STORAGE-04", title: "Local data is removed at sign-out",
            text: "Signing out or deregistering the device deletes cached account data, tokens and downloaded documents.",
            rationale: "Shared, sold and lost phones must not carry the previous customer's data.",
            verification: .test, asvs: ["V14.3.1"], masvs: ["MASVS-STORAGE-1"], cwe: [459],
            appliesTo: RequirementApplicability(platforms: [.mobile], personalData: true)),
    ]
}
