extension BuiltInRequirements {
    /// Mobile app interaction with the platform.
    static let mobilePlatform: [SecurityRequirement] = [
        SecurityRequirement(
            id: "WARD-MOBILE-PLATFORM-01", title: "Exported components are deliberate and protected",
            text: "Android activities, services, receivers and providers are not exported unless needed, and exported ones require a permission; iOS URL handlers validate every parameter.",
            rationale: "Exported components are an API any installed app can call.",
            verification: .automatedScan, asvs: [], masvs: ["MASVS-PLATFORM-1"], cwe: [926, 925],
            appliesTo: .mobile, evidence: EvidenceRule(scan: .configuration, maxAgeDays: 30, cwe: [926, 925])),
        SecurityRequirement(
            id: "WARD-MOBILE-PLATFORM-02", title: "WebViews are restricted",
            text: "WebViews load only the bank's own content, keep JavaScript and file access off unless required, and expose no native bridge to remote pages.",
            rationale: "A WebView bridge turns a script injection into access to native functions.",
            verification: .automatedScan, asvs: [], masvs: ["MASVS-PLATFORM-2"], cwe: [749, 79],
            appliesTo: .mobile, evidence: EvidenceRule(scan: .code, maxAgeDays: 30, cwe: [749])),
        SecurityRequirement(
            id: "WARD-MOBILE-PLATFORM-03", title: "Deep links cannot trigger actions alone",
            text: "Deep and universal links only navigate; any payment or account change they start still needs the customer's confirmation in the app.",
            rationale: "Links arrive from anywhere, including phishing messages.",
            verification: .test, asvs: [], masvs: ["MASVS-PLATFORM-1"], cwe: [939],
            appliesTo: .mobile),
        SecurityRequirement(
            id: "WARD-MOBILE-PLATFORM-04", title: "Permissions are minimal",
            text: "The app requests only the platform permissions its features need, at the moment they are needed, and the manifest declares nothing unused.",
            rationale: "Every permission widens what a compromised app can do and what customers must trust.",
            verification: .review, asvs: [], masvs: ["MASVS-PLATFORM-1", "MASVS-PRIVACY-1"], cwe: [250],
            appliesTo: .mobile),
    ]
}
