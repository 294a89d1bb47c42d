/// A flow crosses a trust boundary into a process or data store, and neither the flow nor the receiver authenticates the sender.
public struct UnauthenticatedBoundaryFlowRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-unauthenticated-boundary-flow", category: .spoofing, title: "Unauthenticated flow crosses a trust boundary",
        severity: .high, cwe: [306],
        summary: "Anyone on the other side of the boundary can pretend to be the sender, because the receiver never asks who is calling.",
        mitigations: ["Authenticate the flow with tokens, OAuth or mutual TLS.", "Reject calls that carry no valid credentials at the boundary."],
        requirements: ["WARD-ARCH-01", "WARD-AUTH-06"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: https}]
            boundaries: [{id: internet, members: [app]}, {id: dc, members: [api]}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process}]
            flows: [{id: f1, from: app, to: api, protocol: https, authentication: token}]
            boundaries: [{id: internet, members: [app]}, {id: dc, members: [api]}]
            """),
            ThreatExample("""
            components: [{id: app, type: external-entity}, {id: api, type: process, authenticates: [users]}]
            flows: [{id: f1, from: app, to: api, protocol: https}]
            boundaries: [{id: internet, members: [app]}, {id: dc, members: [api]}]
            """),
            ThreatExample("""
            components: [{id: api, type: process}, {id: partner, type: external-entity}]
            flows: [{id: f1, from: api, to: partner, protocol: https}]
            boundaries: [{id: dc, members: [api]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            guard flow.authentication == .none, !to.isExternal, !to.isAuthenticating, model.crossesBoundary(flow) else { return nil }
            return ThreatHit(
                affected: [.flow(flow), .component(to)],
                message: "Flow '\(flow.id)' from \(from.name) to \(to.name) crosses a trust boundary without authentication.")
        }
    }
}
