/// A flow across a trust boundary relies on basic authentication or a static API key.
public struct WeakAuthenticationAcrossBoundaryRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-weak-authentication-across-boundary", category: .spoofing, title: "Static credentials authenticate a boundary-crossing flow",
        severity: .medium, cwe: [1390],
        summary: "Basic authentication and API keys send the same long-lived secret on every call; once copied, anyone can replay it.",
        mitigations: ["Use short-lived tokens (OAuth client credentials) or mutual TLS.", "Rotate the static secret and keep it in a secrets manager until then."],
        requirements: ["WARD-API-05", "WARD-SECRETS-02"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: partner, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: partner, to: api, protocol: https, authentication: api-key}]
            boundaries: [{id: dc, members: [api]}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: partner, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: partner, to: api, protocol: https, authentication: mtls}]
            boundaries: [{id: dc, members: [api]}]
            """),
            ThreatExample("""
            components: [{id: api, type: process}, {id: worker, type: process}]
            flows: [{id: f1, from: api, to: worker, protocol: https, authentication: basic}]
            boundaries: [{id: dc, members: [api, worker]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flows.filter { $0.authentication.isWeak && model.crossesBoundary($0) }.map {
            ThreatHit(affected: [.flow($0)], message: "Flow '\($0.id)' crosses a trust boundary with \($0.authentication.rawValue) authentication.")
        }
    }
}
