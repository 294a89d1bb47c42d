import WardCore

/// Flags pods sharing the node's network, process or IPC namespace.
struct KubernetesHostNamespaceRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-host-namespace", title: "Pod shares a host namespace",
        summary: "`hostNetwork`, `hostPID` or `hostIPC` lets the pod see the node's interfaces, processes or shared memory.",
        kind: .configuration, severity: .high, cwe: [668], owasp: ["A05:2021", "CIS-K8S-5.2.3"],
        remediation: "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false).",
        triggeringExamples: [kubernetesExample(pod: "↓hostNetwork: true\n↓hostPID: true", container: "image: nginx:1.25")],
        nonTriggeringExamples: [kubernetesExample(pod: "hostNetwork: false", container: "image: nginx:1.25")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for key in ["hostNetwork", "hostPID", "hostIPC"] {
            if let pair = pod.node.pair(key), pair.value.isTrue { issues.add(pair.key.mark, detail: key) }
        }
    }
}
