/// A process without authorisation checks reaches a data store that holds sensitive data.
public struct UnauthorizedSensitiveStoreAccessRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-unauthorized-sensitive-store-access", category: .informationDisclosure, title: "Sensitive data reachable without authorisation checks",
        severity: .high, cwe: [862],
        summary: "Every caller of a process that never checks permissions can read any record the process can reach, including other customers' data.",
        mitigations: ["Check the caller's permission and the object's owner on every request.", "Scope queries to the authenticated principal."],
        requirements: ["WARD-ACCESS-01", "WARD-ACCESS-02"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: acct, classification: financial}]
            components: [{id: api, type: process}, {id: db, type: data-store, stores: [acct]}]
            flows: [{id: q, from: api, to: db, protocol: sql}]
            """, expected: ["api"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: acct, classification: financial}]
            components: [{id: api, type: process, authorizes: true}, {id: db, type: data-store, stores: [acct]}]
            flows: [{id: q, from: api, to: db, protocol: sql}]
            """),
            ThreatExample("""
            assets: [{id: acct, classification: financial}]
            components: [{id: api, type: process}, {id: db, type: data-store, stores: [acct]}]
            flows: [{id: q, from: db, to: api, protocol: sql}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            guard from.isProcess, !from.authorizes, to.isDataStore, !model.sensitiveAssets(storedIn: to).isEmpty else { return nil }
            return ThreatHit(affected: [.component(from), .flow(flow), .component(to)], message: "\(from.name) reaches \(to.name), which holds sensitive data, without authorisation checks.")
        }
    }
}
