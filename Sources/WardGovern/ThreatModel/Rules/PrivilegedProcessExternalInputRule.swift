/// A privileged process that is not internet-facing still receives input from an external entity.
public struct PrivilegedProcessExternalInputRule: ThreatRule {
    public static let description = ThreatRuleDescription(
        id: "tm-privileged-process-external-input", category: .elevationOfPrivilege, title: "Privileged process handles external input",
        severity: .high, cwe: [250],
        summary: "A parsing bug in a process that runs as root turns outside input (files, partner feeds, devices) into full control of the host.",
        mitigations: ["Move the parsing into an unprivileged process.", "Drop privileges right after start-up."],
        requirements: ["WARD-CONFIG-03", "WARD-ACCESS-05"],
        triggeringExamples: [
            ThreatExample("""
            components: [{id: partner, type: external-entity}, {id: importer, type: process, privileged: true}]
            flows: [{id: f1, from: partner, to: importer, protocol: sftp, authentication: mtls}]
            """, expected: ["importer"]),
        ],
        nonTriggeringExamples: [
            ThreatExample("""
            components: [{id: partner, type: external-entity}, {id: importer, type: process}]
            flows: [{id: f1, from: partner, to: importer, protocol: sftp, authentication: mtls}]
            """),
        ])

    public init() {}

    public func hits(in model: ThreatModel) -> [ThreatHit] {
        // Internet-facing privileged processes are tm-privileged-internet-facing's (critical) concern.
        model.processes.filter { $0.privileged && !$0.internetFacing }.compactMap { process in
            guard let flow = model.flows(to: process.id).first(where: { model.component($0.from)?.isExternal == true }) else { return nil }
            return ThreatHit(affected: [.component(process), .flow(flow)], message: "\(process.name) runs privileged and receives external input (flow '\(flow.id)').")
        }
    }
}
