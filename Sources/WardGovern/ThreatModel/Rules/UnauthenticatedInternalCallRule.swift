/// One process calls another inside the same zone, and neither the flow nor the receiver authenticates services.
public struct UnauthenticatedInternalCallRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-unauthenticated-internal-call", category: .spoofing, title: "Internal service call without service authentication",
        severity: .medium, cwe: [287],
        summary: "Inside a zone, an attacker who lands on any host can call the service as if they were its legitimate client (lateral movement).",
        mitigations: ["Authenticate services to each other with mutual TLS or signed service tokens.", "Limit which services may call which with network policies."],
        requirements: ["WARD-ACCESS-05", "WARD-ARCH-04"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: ledger, type: process}]
            flows: [{id: f1, from: api, to: ledger, protocol: grpc}]
            """, expected: ["f1"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: ledger, type: process, authenticates: [services]}]
            flows: [{id: f1, from: api, to: ledger, protocol: grpc}]
            """),
            ThreatExample("""
            components: [{id: api, type: process}, {id: ledger, type: process}]
            flows: [{id: f1, from: api, to: ledger, protocol: grpc, authentication: mtls}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flowEnds.compactMap { flow, from, to in
            guard from.isProcess, to.isProcess, flow.authentication == .none, !to.authenticates.contains("services"),
                !model.crossesBoundary(flow)
            else { return nil }
            return ThreatHit(affected: [.flow(flow), .component(to)], message: "\(to.name) accepts calls from \(from.name) without authenticating the calling service.")
        }
    }
}
