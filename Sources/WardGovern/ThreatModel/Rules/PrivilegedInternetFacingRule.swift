/// A process runs as root or privileged while reachable from the internet.
public struct PrivilegedInternetFacingRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-privileged-internet-facing", category: .elevationOfPrivilege, title: "Privileged process is exposed to the internet",
        severity: .critical, cwe: [250],
        summary: "Any remote code execution in an internet-facing process running as root hands the attacker the whole host.",
        mitigations: ["Run the process as an unprivileged user with a read-only file system.", "Drop capabilities and isolate it in its own container or sandbox."],
        requirements: ["WARD-CONFIG-03", "WARD-ARCH-04"],
        triggeringExamples: [
            ThreatExample("components: [{id: web, type: process, internet-facing: true, runs-as-root: true}]", expected: ["web"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("components: [{id: web, type: process, internet-facing: true}]"),
            ThreatExample("components: [{id: agent, type: process, privileged: true}]"),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        model.processes.filter { $0.internetFacing && $0.privileged }.map {
            ThreatHit(affected: [.component($0)], message: "\($0.name) runs with elevated privileges and is reachable from the internet.")
        }
    }
}
