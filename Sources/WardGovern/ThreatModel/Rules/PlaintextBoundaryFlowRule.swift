/// A flow crosses a trust boundary unencrypted.
public struct PlaintextBoundaryFlowRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-plaintext-boundary-flow", category: .tampering, title: "Plaintext flow crosses a trust boundary",
        severity: .high, cwe: [319],
        summary: "Traffic that leaves its zone unencrypted can be read and changed by anyone on the path.",
        mitigations: ["Use TLS 1.2 or later for the flow.", "Validate the peer certificate."],
        requirements: ["WARD-COMMS-01", "WARD-COMMS-02"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: http, authentication: token}]
            boundaries: [{id: dc, members: [api]}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: https, authentication: token}]
            boundaries: [{id: dc, members: [api]}]
            """),
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: http, encrypted: true, authentication: token}]
            boundaries: [{id: dc, members: [api]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flows.filter { !$0.encrypted && model.crossesBoundary($0) }.map {
            ThreatHit(affected: [.flow($0)], message: "Flow '\($0.id)' crosses a trust boundary over unencrypted \($0.transport).")
        }
    }
}
