/// An internet-facing process that serves anonymous callers has no rate limiting.
public struct AnonymousEndpointNotThrottledRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-anonymous-endpoint-not-throttled", category: .denialOfService, title: "Anonymous internet endpoint without rate limiting",
        severity: .medium, cwe: [400],
        summary: "Anyone can send unlimited requests to an anonymous, unthrottled process and exhaust its CPU, memory or downstream capacity.",
        mitigations: ["Put the process behind a gateway or CDN that limits request rates and sizes.", "Cap work per request (timeouts, pagination, body size)."],
        requirements: ["WARD-API-03"],
        triggeringExamples: [
            ThreatExample("components: [{id: web, type: process, internet-facing: true}]", expected: ["web"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: web, type: process, internet-facing: true, rate-limited: true}]"),
            ThreatExample("components: [{id: web, type: process, internet-facing: true, authenticates: [users]}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { $0.internetFacing && !$0.isAuthenticating && !$0.rateLimited }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) serves anonymous internet traffic without rate limiting.")
        }
    }
}
