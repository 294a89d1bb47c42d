/// A message broker flow carries no authentication, so anyone can publish.
public struct UnauthenticatedMessagingRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-unauthenticated-messaging", category: .tampering, title: "Messages are accepted without authentication",
        severity: .medium, cwe: [345],
        summary: "Consumers of an unauthenticated queue or topic act on messages that anyone on the network could have injected.",
        mitigations: ["Require broker credentials per producer.", "Sign messages whose effect matters (payments, permissions)."],
        requirements: ["WARD-ACCESS-05", "WARD-COMMS-01"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: queue, type: data-store}]
            flows: [{id: m, from: api, to: queue, protocol: amqp}]
            """, expected: ["m"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: api, type: process}, {id: queue, type: data-store}]
            flows: [{id: m, from: api, to: queue, protocol: amqps, authentication: token}]
            """),
        ])

    /// Protocols of message brokers and event streams.
    static let messagingTransports: Set<String> = ["amqp", "amqps", "mqtt", "mqtts", "kafka", "nats", "stomp", "jms", "sqs", "pubsub"]

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.flows.filter { Self.messagingTransports.contains($0.transport) && $0.authentication == .none }.map {
            ThreatHit(affected: [.flow($0)], message: "Flow '\($0.id)' publishes \($0.transport) messages without authentication.")
        }
    }
}
