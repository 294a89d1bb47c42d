import WardCore

/// Flags `hostPath` volumes, which expose the node's file system (and often the container runtime socket).
struct KubernetesHostPathVolumeRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-host-path-volume", title: "hostPath volume",
        summary: "A hostPath volume mounts a directory of the node into the pod; with write access or the runtime socket it is a node takeover.",
        kind: .configuration, severity: .high, cwe: [668], owasp: ["A05:2021", "CIS-K8S-5.2.12"],
        remediation: "Use `emptyDir`, a ConfigMap, a Secret or a PersistentVolumeClaim instead of hostPath.",
        triggeringExamples: [kubernetesExample(pod: "volumes:\n  - name: sock\n    ↓hostPath:\n      path: /var/run/docker.sock", container: "image: nginx:1.25")],
        nonTriggeringExamples: [kubernetesExample(pod: "volumes:\n  - name: cache\n    emptyDir: {}", container: "image: nginx:1.25")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for volume in pod.node.value("volumes")?.elements ?? [] {
            if let pair = volume.pair("hostPath") { issues.add(pair.key.mark, detail: pair.value.value("path")?.string) }
        }
    }
}
