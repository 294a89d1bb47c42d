/// A process that does not validate input writes to a data store.
public struct UnvalidatedWriteToDataStoreRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-unvalidated-write-to-data-store", category: .tampering, title: "Unvalidated data is written to a data store",
        severity: .medium, cwe: [89],
        summary: "A process that passes unchecked values to its data store risks query injection and stored corrupt or malicious data.",
        mitigations: ["Validate input before it is stored.", "Build every query with parameters, never by string concatenation."],
        requirements: ["WARD-INPUT-01", "WARD-INPUT-07"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            flows: [{id: w, from: api, to: db, protocol: sql, authentication: basic}]
            """, expected: ["w"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process, validates-input: true}, {id: db, type: data-store}]
            flows: [{id: w, from: api, to: db, protocol: sql, authentication: basic}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            guard from.isProcess, !from.validatesInput, to.isDataStore else { return nil }
            return ThreatHit(affected: [.flow(flow), .component(from)], message: "\(from.name) writes to \(to.name) without validating its input.")
        }
    }
}
