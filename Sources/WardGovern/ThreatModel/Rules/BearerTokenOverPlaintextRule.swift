/// A token, session, OAuth or API-key flow is unencrypted, so the bearer credential can be sniffed and replayed.
public struct BearerTokenOverPlaintextRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-bearer-token-over-plaintext", category: .informationDisclosure, title: "Bearer credentials travel unencrypted",
        severity: .high, cwe: [319],
        summary: "Whoever captures a bearer token, session cookie or API key from clear-text traffic can act as its owner until it expires.",
        mitigations: ["Encrypt the flow with TLS.", "Keep tokens short-lived and bind them to the client where possible."],
        requirements: ["WARD-COMMS-01", "WARD-SESS-04"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: http, authentication: session}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: https, authentication: session}]
            """),
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: http, authentication: basic}]
            """),
        ])

    static let bearerSchemes: Set<FlowAuthentication> = [.token, .oauth, .session, .apiKey]

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flows.filter { Self.bearerSchemes.contains($0.authentication) && !$0.encrypted }.map {
            ThreatHit(affected: [.flow($0)], message: "Flow '\($0.id)' sends \($0.authentication.rawValue) credentials over unencrypted \($0.transport).")
        }
    }
}
