/// An internet-facing process that authenticates users has no rate limiting.
public struct MissingRateLimitingRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-missing-rate-limiting", category: .denialOfService, title: "Internet-facing sign-in without rate limiting",
        severity: .medium, cwe: [770],
        summary: "Unthrottled sign-in endpoints invite credential stuffing and let a single client exhaust the service or lock out real users.",
        mitigations: ["Rate-limit per client, per account and globally at the gateway.", "Add progressive delays or challenges after repeated failures."],
        requirements: ["WARD-AUTH-02", "WARD-API-03"],
        triggeringExamples: [
            ThreatExample("components: [{id: api, type: process, internet-facing: true, authenticates: [users]}]", expected: ["api"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: api, type: process, internet-facing: true, authenticates: [users], rate-limited: true}]"),
            ThreatExample("components: [{id: api, type: process, authenticates: [users]}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { $0.internetFacing && $0.isAuthenticating && !$0.rateLimited }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) accepts sign-ins from the internet without rate limiting.")
        }
    }
}
