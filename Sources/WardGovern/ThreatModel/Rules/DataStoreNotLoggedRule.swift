/// A data store holding sensitive data keeps no access log.
public struct DataStoreNotLoggedRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-data-store-not-logged", category: .repudiation, title: "Sensitive data store keeps no access log",
        severity: .low, cwe: [778],
        summary: "When personal, financial or credential data leaks from an unlogged store, nobody can say who read it or when.",
        mitigations: ["Enable audit logging of reads and changes to sensitive tables.", "Forward the audit log off the data store host."],
        requirements: ["WARD-LOG-01", "WARD-LOG-04"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: pii, classification: personal}]
            components: [{id: db, type: data-store, stores: [pii], encrypts-at-rest: true}]
            """, expected: ["db"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: pii, classification: personal}]
            components: [{id: db, type: data-store, stores: [pii], logs-security-events: true}]
            """),
            ThreatExample("""
            assets: [{id: docs, classification: public}]
            components: [{id: cdn, type: data-store, stores: [docs]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.dataStores.filter { !$0.logsSecurityEvents && !model.sensitiveAssets(storedIn: $0).isEmpty }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) stores \(model.sensitiveAssets(storedIn: $0).map(\.name).joined(separator: ", ")) without an access log.")
        }
    }
}
