/// A process that authenticates users or services does not log security events.
public struct AuthenticationNotLoggedRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-authentication-not-logged", category: .repudiation, title: "Authenticating process does not log security events",
        severity: .medium, cwe: [778],
        summary: "Without sign-in, failure and permission-change events nobody can tell who did what, or notice an account takeover.",
        mitigations: ["Log sign-in success and failure, lockouts and privilege changes with user, time and source.", "Ship the logs to a store the process cannot alter."],
        requirements: ["WARD-LOG-01", "WARD-LOG-04"],
        triggeringExamples: [
            ThreatExample("components: [{id: api, type: process, authenticates: [users]}]", expected: ["api"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: api, type: process, authenticates: [users], logs-security-events: true}]"),
            ThreatExample("components: [{id: cron, type: process}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { $0.isAuthenticating && !$0.logsSecurityEvents }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) authenticates \($0.authenticates.joined(separator: " and ")) but does not log security events.")
        }
    }
}
