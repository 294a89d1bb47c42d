/// All components sit in one zone: the model draws no trust boundary between them.
public struct FlatModelRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-flat-model", category: .elevationOfPrivilege, title: "No trust boundaries: everything is in one zone",
        severity: .medium, cwe: [653],
        summary: "Without boundaries nothing limits how far an attacker moves after the first foothold, and the model cannot show where checks belong.",
        mitigations: ["Draw the real boundaries (internet, DMZ, internal network, vendor, device).", "Separate components of different privilege into different zones."],
        requirements: ["WARD-ARCH-01", "WARD-ARCH-04"],
        triggeringExamples: [
            ThreatExample("components: [{id: app, type: external-entity}, {id: api, type: process}]", expected: ["model"]),
            ThreatExample("""
            components: [{id: api, type: process}, {id: db, type: data-store}]
            boundaries: [{id: all, members: [api, db]}]
            """, expected: ["model"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            boundaries: [{id: dc, members: [api]}]
            """),
            ThreatExample("components: [{id: api, type: process}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        guard model.components.count > 1 else { return [] }
        let zones = Set(model.components.map { model.boundaries(of: $0.id) })
        guard zones.count < 2 else { return [] }
        return [ThreatHit(affected: [ModelElementReference(kind: .model, id: "model", line: 1)], message: "All \(model.components.count) components of '\(model.title)' sit in one trust zone.")]
    }
}
