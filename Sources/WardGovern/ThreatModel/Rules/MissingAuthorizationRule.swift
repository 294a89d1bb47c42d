/// A process authenticates callers but never checks what they may do.
public struct MissingAuthorizationRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-missing-authorization", category: .elevationOfPrivilege, title: "Authenticated callers are not authorised",
        severity: .high, cwe: [862],
        summary: "When every signed-in user may call every function, any customer account is an administrator account.",
        mitigations: ["Check permissions on every function, deny by default.", "Separate administrative functions and test the access matrix."],
        requirements: ["WARD-ACCESS-01", "WARD-ACCESS-04"],
        triggeringExamples: [
            ThreatExample("components: [{id: api, type: process, authenticates: [users]}]", expected: ["api"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: api, type: process, authenticates: [users], authorizes: true}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { $0.isAuthenticating && !$0.authorizes }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) authenticates callers but does not check their permissions.")
        }
    }
}
