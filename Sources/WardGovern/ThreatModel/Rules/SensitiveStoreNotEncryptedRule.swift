/// A data store holding personal, financial or credential data does not encrypt it at rest.
public struct SensitiveStoreNotEncryptedRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-sensitive-store-not-encrypted", category: .informationDisclosure, title: "Sensitive data is not encrypted at rest",
        severity: .high, cwe: [311],
        summary: "A stolen disk, backup or snapshot of an unencrypted store discloses every record in it.",
        mitigations: ["Encrypt the store (and its backups) with keys held in a key service.", "Encrypt the most sensitive fields at application level."],
        requirements: ["WARD-DATA-02", "WARD-CRYPTO-03"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: pii, classification: personal}]
            components: [{id: db, type: data-store, stores: [pii]}]
            """, expected: ["db"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: pii, classification: personal}]
            components: [{id: db, type: data-store, stores: [pii], encrypts-at-rest: true}]
            """),
            ThreatExample("""
            assets: [{id: logs, classification: internal}]
            components: [{id: db, type: data-store, stores: [logs]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.dataStores.filter { !$0.encryptsAtRest && !model.sensitiveAssets(storedIn: $0).isEmpty }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) stores \(model.sensitiveAssets(storedIn: $0).map(\.name).joined(separator: ", ")) without encryption at rest.")
        }
    }
}
