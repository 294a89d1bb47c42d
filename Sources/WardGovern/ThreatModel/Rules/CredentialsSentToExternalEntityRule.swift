/// A flow hands credentials to an external entity.
public struct CredentialsSentToExternalEntityRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-credentials-sent-to-external-entity", category: .informationDisclosure, title: "Credentials are sent to an external entity",
        severity: .high, cwe: [522],
        summary: "Credentials that leave the system can be logged, leaked or reused by the receiver; they are only as safe as its weakest copy.",
        mitigations: ["Exchange scoped, short-lived tokens instead of credentials.", "Never forward a user's password to another party."],
        requirements: ["WARD-SECRETS-02", "WARD-AUTH-06"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: keys, classification: credentials}]
            components: [{id: api, type: process}, {id: vendor, type: external-entity}]
            flows: [{id: f1, from: api, to: vendor, protocol: https, authentication: mtls, carries: [keys]}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: keys, classification: credentials}]
            components: [{id: api, type: process}, {id: vault, type: data-store}]
            flows: [{id: f1, from: api, to: vault, protocol: https, authentication: mtls, carries: [keys]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, _, to in
            guard to.isExternal, model.carried(by: flow).contains(where: { $0.classification == .credentials }) else { return nil }
            return ThreatHit(affected: [.flow(flow), .component(to)], message: "Flow '\(flow.id)' sends \(model.carriedNames(flow, atLeast: .credentials)) to \(to.name), outside the system.")
        }
    }
}
