/// An unencrypted flow carries personal, financial or credential data.
public struct PlaintextSensitiveFlowRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-plaintext-sensitive-flow", category: .informationDisclosure, title: "Sensitive data travels unencrypted",
        severity: .high, cwe: [319],
        summary: "Personal, financial or credential data sent in clear text can be read by anyone on the network path, inside or outside the zone.",
        mitigations: ["Encrypt the flow with TLS 1.2 or later.", "Do not send the data at all where a token or reference would do."],
        requirements: ["WARD-COMMS-01", "WARD-DATA-01"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: card, classification: financial}]
            components: [{id: api, type: process}, {id: ledger, type: process}]
            flows: [{id: f1, from: api, to: ledger, protocol: http, authentication: mtls, carries: [card]}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: card, classification: financial}]
            components: [{id: api, type: process}, {id: ledger, type: process}]
            flows: [{id: f1, from: api, to: ledger, protocol: https, carries: [card]}]
            """),
            ThreatExample("""
            assets: [{id: menu, classification: public}]
            components: [{id: api, type: process}, {id: ledger, type: process}]
            flows: [{id: f1, from: api, to: ledger, protocol: http, carries: [menu]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flows.filter { !$0.encrypted && model.highestClassification(of: $0)?.isSensitive == true }.map {
            ThreatHit(affected: [.flow($0)], message: "Flow '\($0.id)' carries \(model.carriedNames($0, atLeast: .personal)) over unencrypted \($0.transport).")
        }
    }
}
