/// Personal data flows to a third-party component.
public struct ThirdPartyReceivesPersonalDataRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-third-party-receives-personal-data", category: .informationDisclosure, title: "Personal data is shared with a third party",
        severity: .medium, cwe: [359],
        summary: "Once personal data reaches a vendor, its protection depends on the vendor's controls and on a lawful basis for the transfer.",
        mitigations: ["Send only the fields the vendor needs; pseudonymise where possible.", "Cover the transfer with a data processing agreement and a privacy review."],
        requirements: ["WARD-PRIVACY-01", "WARD-DATA-01"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: pii, classification: personal}]
            components: [{id: api, type: process}, {id: crm, type: external-entity, third-party: true}]
            flows: [{id: f1, from: api, to: crm, protocol: https, authentication: oauth, carries: [pii]}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: pii, classification: personal}]
            components: [{id: api, type: process}, {id: crm, type: process}]
            flows: [{id: f1, from: api, to: crm, protocol: https, authentication: oauth, carries: [pii]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, _, to in
            guard to.thirdParty, model.carried(by: flow).contains(where: { $0.classification == .personal }) else { return nil }
            return ThreatHit(affected: [.flow(flow), .component(to)], message: "Flow '\(flow.id)' sends personal data to the third party \(to.name).")
        }
    }
}
