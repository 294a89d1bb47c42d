/// An external entity sends data to a process that does not validate its input.
public struct ExternalInputNotValidatedRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-external-input-not-validated", category: .tampering, title: "Process trusts input from an external entity",
        severity: .high, cwe: [20],
        summary: "Input from outside the system is attacker-controlled; a process that does not validate it is open to injection and logic abuse.",
        mitigations: ["Validate every request against a schema (types, lengths, ranges).", "Use parameterised queries and safe parsers downstream."],
        requirements: ["WARD-INPUT-07", "WARD-API-02"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: user, type: external-entity}, {id: api, type: process, authenticates: [users]}]
            flows: [{id: f1, from: user, to: api, protocol: https, authentication: token}]
            """, expected: ["api"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: user, type: external-entity}, {id: api, type: process, validates-input: true}]
            flows: [{id: f1, from: user, to: api, protocol: https, authentication: token}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { !$0.validatesInput }.compactMap { process in
            let sources = model.flows(to: process.id).filter { model.component($0.from)?.isExternal == true }
            guard let first = sources.first else { return nil }
            return ThreatHit(
                affected: [.component(process)] + sources.map { .flow($0) },
                message: "\(process.name) receives input from outside the system (flow '\(first.id)') and does not validate it.")
        }
    }
}
