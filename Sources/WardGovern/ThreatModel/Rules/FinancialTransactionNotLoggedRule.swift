/// A process that moves financial data keeps no security log, so transactions can be denied.
public struct FinancialTransactionNotLoggedRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-financial-transaction-not-logged", category: .repudiation, title: "Financial transactions are not logged",
        severity: .medium, cwe: [778],
        summary: "A customer or insider can deny a payment or transfer when the process that handled it left no trustworthy record.",
        mitigations: ["Record each transaction with the authenticated actor, time and outcome in an append-only log.", "Protect the log against change (WORM storage or hash chaining)."],
        requirements: ["WARD-LOG-01", "WARD-LOG-03"],
        triggeringExamples: [
            ThreatExample("""
            assets: [{id: payment, classification: financial}]
            components: [{id: app, type: external-entity}, {id: pay, type: process}]
            flows: [{id: f1, from: app, to: pay, protocol: https, authentication: token, carries: [payment]}]
            """, expected: ["pay"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            assets: [{id: payment, classification: financial}]
            components: [{id: app, type: external-entity}, {id: pay, type: process, logs-security-events: true}]
            flows: [{id: f1, from: app, to: pay, protocol: https, authentication: token, carries: [payment]}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { !$0.logsSecurityEvents }.compactMap { process in
            let flows = (model.flows(to: process.id) + model.flows(from: process.id)).filter {
                model.carried(by: $0).contains { $0.classification == .financial }
            }
            guard let first = flows.first else { return nil }
            return ThreatHit(affected: [.component(process)], message: "\(process.name) handles financial data (flow '\(first.id)') without logging security events.")
        }
    }
}
