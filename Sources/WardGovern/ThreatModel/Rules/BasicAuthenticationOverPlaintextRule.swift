/// Basic authentication is used on an unencrypted flow, exposing the password on every request.
public struct BasicAuthenticationOverPlaintextRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-basic-auth-over-plaintext", category: .informationDisclosure, title: "Basic authentication over plaintext",
        severity: .high, cwe: [523],
        summary: "Basic authentication sends the user name and password base64-encoded on every request; without TLS anyone on the path reads them.",
        mitigations: ["Encrypt the flow with TLS.", "Replace basic authentication with tokens or mutual TLS."],
        requirements: ["WARD-COMMS-01", "WARD-AUTH-06"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: q, from: api, to: db, protocol: http, authentication: basic}]
            """, expected: ["q"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: q, from: api, to: db, protocol: https, authentication: basic}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flows.filter { $0.authentication == .basic && !$0.encrypted }.map {
            ThreatHit(affected: [.flow($0)], message: "Flow '\($0.id)' sends basic-authentication passwords over unencrypted \($0.transport).")
        }
    }
}
