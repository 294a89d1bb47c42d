/// An external entity talks to a data store directly, with no process in between.
public struct DataStoreReachableFromExternalRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-data-store-reachable-from-external", category: .informationDisclosure, title: "Data store is reachable directly from outside",
        severity: .critical, cwe: [284],
        summary: "With no process in between, nothing enforces authorisation or validation: outsiders read or change data with the store's own permissions.",
        mitigations: ["Put an API in front of the data store and close direct access.", "Restrict network access to the store to the application's hosts."],
        requirements: ["WARD-ARCH-02", "WARD-CONFIG-04"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: analyst, type: external-entity}, {id: db, type: data-store}]
            flows: [{id: f1, from: analyst, to: db, protocol: sql, authentication: basic}]
            """, expected: ["db"]),
            ThreatExample("""
            components: [{id: db, type: data-store}, {id: bi, type: external-entity}]
            flows: [{id: f1, from: db, to: bi, protocol: file}]
            """, expected: ["db"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: analyst, type: external-entity}, {id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: f1, from: analyst, to: api, protocol: https}, {id: f2, from: api, to: db, protocol: sql}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            if from.isExternal && to.isDataStore {
                return ThreatHit(affected: [.component(to), .flow(flow)], message: "\(from.name) reaches the data store \(to.name) directly (flow '\(flow.id)').")
            }
            if from.isDataStore && to.isExternal {
                return ThreatHit(affected: [.component(from), .flow(flow)], message: "The data store \(from.name) sends data straight to \(to.name) (flow '\(flow.id)').")
            }
            return nil
        }
    }
}
