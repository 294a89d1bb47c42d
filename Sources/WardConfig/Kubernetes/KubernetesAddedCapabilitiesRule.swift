import WardCore

/// Flags dangerous Linux capabilities added to a container (`SYS_ADMIN`, `NET_ADMIN`, `ALL`…).
struct KubernetesAddedCapabilitiesRule: KubernetesRule {
    static let dangerous: Set<String> = ["ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO",
                                         "DAC_READ_SEARCH", "DAC_OVERRIDE", "NET_RAW", "BPF", "SYS_BOOT", "MAC_ADMIN"]

    let description = RuleDescription(
        id: "k8s-added-capabilities", title: "Dangerous capability added",
        summary: "Capabilities such as SYS_ADMIN or NET_ADMIN give a container most of root's power over the node's kernel.",
        kind: .configuration, severity: .high, cwe: [250], owasp: ["A05:2021", "CIS-K8S-5.2.8"],
        remediation: "Drop `ALL` capabilities and add back only narrow ones the workload needs (e.g. NET_BIND_SERVICE).",
        triggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  capabilities:\n    add:\n      - ↓SYS_ADMIN\n      - NET_BIND_SERVICE")],
        nonTriggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  capabilities:\n    drop: [ALL]\n    add: [NET_BIND_SERVICE]")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            for capability in container.value("securityContext")?.value("capabilities")?.value("add")?.elements ?? [] {
                guard let name = capability.string?.uppercased() else { continue }
                let bare = name.hasPrefix("CAP_") ? String(name.dropFirst(4)) : name
                if Self.dangerous.contains(bare) { issues.add(capability.mark, detail: bare) }
            }
        }
    }
}
