/// A process depends on a third-party component at run time.
public struct ThirdPartyDependencyRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-third-party-dependency", category: .denialOfService, title: "Run-time dependency on a third party",
        severity: .low, cwe: [400],
        summary: "When the vendor is slow or down, every request that waits for it piles up and the outage spreads into the calling process.",
        mitigations: ["Call the vendor with timeouts, retries with back-off and a circuit breaker.", "Degrade gracefully or queue work when the vendor is unavailable."],
        requirements: ["WARD-ARCH-04"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: pay, type: process}, {id: psp, type: external-entity, third-party: true}]
            flows: [{id: f1, from: pay, to: psp, protocol: https, authentication: mtls}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: pay, type: process}, {id: psp, type: external-entity, third-party: true}]
            flows: [{id: f1, from: psp, to: pay, protocol: https, authentication: mtls}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            guard from.isProcess, to.thirdParty else { return nil }
            return ThreatHit(affected: [.flow(flow), .component(to)], message: "\(from.name) calls the third party \(to.name) (flow '\(flow.id)') and depends on its availability.")
        }
    }
}
