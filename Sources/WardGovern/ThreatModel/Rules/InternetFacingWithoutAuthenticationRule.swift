/// An internet-facing process authenticates nobody.
public struct InternetFacingWithoutAuthenticationRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-internet-facing-without-authentication", category: .spoofing, title: "Internet-facing process without authentication",
        severity: .high, cwe: [306],
        summary: "A process reachable from the internet that does not authenticate its callers serves anyone who finds it.",
        mitigations: ["Require authentication for every endpoint that is not deliberately public.", "List the public endpoints explicitly and review them."],
        requirements: ["WARD-ACCESS-01", "WARD-ARCH-02"],
        triggeringExamples: [
            ThreatExample("components: [{id: web, type: process, internet-facing: true}]", expected: ["web"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: web, type: process, internet-facing: true, authenticates: [users]}]"),
            ThreatExample("components: [{id: batch, type: process}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { $0.internetFacing && !$0.isAuthenticating }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) is reachable from the internet but authenticates no one.")
        }
    }
}
