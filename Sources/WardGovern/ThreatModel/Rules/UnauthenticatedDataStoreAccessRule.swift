/// A data store accepts a connection that carries no authentication.
public struct UnauthenticatedDataStoreAccessRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-unauthenticated-data-store-access", category: .spoofing, title: "Data store accepts unauthenticated connections",
        severity: .high, cwe: [306],
        summary: "Any process that can reach the data store can read and change it, so one compromised neighbour owns the data.",
        mitigations: ["Give every client its own database account.", "Use certificate or token authentication to the data store."],
        requirements: ["WARD-ACCESS-05", "WARD-AUTH-04"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: q, from: api, to: db, protocol: sql}]
            """, expected: ["q"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: q, from: api, to: db, protocol: sql, authentication: basic}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            guard to.isDataStore, flow.authentication == .none else { return nil }
            return ThreatHit(affected: [.flow(flow), .component(to)], message: "\(from.name) connects to \(to.name) without authenticating (flow '\(flow.id)').")
        }
    }
}
