import WardCore

/// Flags containers with `securityContext.privileged: true`: root on the node in all but name.
struct KubernetesPrivilegedContainerRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-privileged-container", title: "Privileged container",
        summary: "A privileged container has every capability and access to the host's devices; escaping to the node is trivial.",
        kind: .configuration, severity: .high, cwe: [250], owasp: ["A05:2021", "CIS-K8S-5.2.2"],
        remediation: "Remove `privileged: true`; grant only the specific capabilities the workload needs.",
        triggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  ↓privileged: true")],
        nonTriggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  privileged: false")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            if let pair = container.value("securityContext")?.pair("privileged"), pair.value.isTrue { issues.add(pair.key.mark) }
        }
    }
}
