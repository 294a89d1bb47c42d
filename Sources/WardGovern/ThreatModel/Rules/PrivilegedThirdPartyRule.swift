/// A third-party component runs with elevated privileges inside the system.
public struct PrivilegedThirdPartyRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-privileged-third-party", category: .elevationOfPrivilege, title: "Third-party component runs privileged",
        severity: .high, cwe: [250],
        summary: "A compromised or malicious vendor component (an agent, SDK or appliance) with root rights controls everything on its host.",
        mitigations: ["Run vendor components unprivileged and isolated.", "Review what privileges the vendor really needs and pin its version."],
        requirements: ["WARD-DEPS-04", "WARD-CONFIG-03"],
        triggeringExamples: [
            ThreatExample("components: [{id: agent, type: process, third-party: true, runs-as-root: true}]", expected: ["agent"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: agent, type: process, third-party: true}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.components.filter { $0.thirdParty && $0.privileged && !$0.isExternal }.map {
            ThreatHit(affected: [.component($0)], message: "The third-party component \($0.name) runs with elevated privileges.")
        }
    }
}
