/// A data store keeps credentials next to ordinary business data.
public struct CredentialsMixedWithOtherDataRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-credentials-mixed-with-other-data", category: .informationDisclosure, title: "Credentials are stored with other data",
        severity: .medium, cwe: [522],
        summary: "Every process, report and backup that reads the business data can also read the credentials kept beside it.",
        mitigations: ["Keep keys, passwords and tokens in a dedicated secrets manager or key service.", "Store only salted password hashes in the user database."],
        requirements: ["WARD-SECRETS-02", "WARD-AUTH-01"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: keys, classification: credentials}, {id: orders, classification: internal}]
            components: [{id: db, type: data-store, stores: [orders, keys]}]
            """, expected: ["db"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: keys, classification: credentials}, {id: orders, classification: internal}]
            components: [{id: vault, type: data-store, stores: [keys]}, {id: db, type: data-store, stores: [orders]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.dataStores.compactMap { store in
            let assets = model.stored(in: store)
            guard assets.contains(where: { $0.classification == .credentials }), assets.contains(where: { $0.classification != .credentials }) else { return nil }
            return ThreatHit(affected: [.component(store)], message: "\(store.name) keeps credentials together with other data.")
        }
    }
}
