/// A connection to a data store inside one zone is unencrypted.
public struct PlaintextDataStoreConnectionRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-plaintext-data-store-connection", category: .tampering, title: "Data store connection is not encrypted",
        severity: .medium, cwe: [319],
        summary: "Queries and results in clear text can be changed by anyone who reaches the internal network, even within one zone.",
        mitigations: ["Enable TLS on the database connection and require it on the server side."],
        requirements: ["WARD-COMMS-01"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: q, from: api, to: db, protocol: sql, authentication: basic}]
            """, expected: ["q"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: q, from: api, to: db, protocol: sql, encrypted: true, authentication: basic}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        // Boundary-crossing plaintext flows are already reported by tm-plaintext-boundary-flow.
        model.flowEnds.compactMap { flow, from, to in
            guard !flow.encrypted, to.isDataStore || from.isDataStore, !model.crossesBoundary(flow) else { return nil }
            return ThreatHit(affected: [.flow(flow)], message: "Flow '\(flow.id)' between \(from.name) and \(to.name) is unencrypted \(flow.transport).")
        }
    }
}
