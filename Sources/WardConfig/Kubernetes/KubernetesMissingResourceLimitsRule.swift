import WardCore

/// Flags containers without CPU and memory limits: one runaway pod can starve its node.
struct KubernetesMissingResourceLimitsRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-missing-resource-limits", title: "No resource limits",
        summary: "A container without memory and CPU limits can exhaust its node, a denial of service for every pod on it.",
        kind: .configuration, severity: .low, cwe: [770], owasp: ["A05:2021"],
        remediation: "Set `resources.limits.memory` and `resources.limits.cpu` on every container.",
        triggeringExamples: [
            kubernetesExample(container: "image: nginx:1.25", markContainer: true),
            kubernetesExample(container: "image: nginx:1.25\n↓resources:\n  limits:\n    cpu: 500m"),
        ],
        nonTriggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nresources:\n  limits:\n    cpu: 500m\n    memory: 256Mi")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            guard let pair = container.pair("resources") else { issues.add(container.mark, detail: "no resources"); continue }
            let limits = pair.value.value("limits")
            let missing = ["cpu", "memory"].filter { limits?[$0] == nil }
            if !missing.isEmpty { issues.add(pair.key.mark, detail: "no \(missing.joined(separator: " and ")) limit") }
        }
    }
}
