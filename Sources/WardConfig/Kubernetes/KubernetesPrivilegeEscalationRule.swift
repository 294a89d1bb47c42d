import WardCore

/// Flags containers that do not set `allowPrivilegeEscalation: false`; the default lets setuid binaries gain root.
struct KubernetesPrivilegeEscalationRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-privilege-escalation", title: "Privilege escalation allowed",
        summary: "Unless `allowPrivilegeEscalation` is false, a process can gain more privileges than its parent (setuid binaries, file capabilities).",
        kind: .configuration, severity: .medium, cwe: [269], owasp: ["A05:2021", "CIS-K8S-5.2.5"],
        remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container.",
        triggeringExamples: [
            kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  ↓allowPrivilegeEscalation: true"),
            kubernetesExample(container: "image: nginx:1.25", markContainer: true),
        ],
        nonTriggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  allowPrivilegeEscalation: false")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            if let pair = container.value("securityContext")?.pair("allowPrivilegeEscalation") {
                if !pair.value.isFalse { issues.add(pair.key.mark) }
            } else {
                issues.add(container.mark, detail: "allowPrivilegeEscalation is not set")
            }
        }
    }
}
