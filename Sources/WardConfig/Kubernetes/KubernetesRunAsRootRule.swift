import WardCore

/// Flags containers that may run as root: `runAsNonRoot` false or set nowhere, or `runAsUser: 0`.
struct KubernetesRunAsRootRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-run-as-root", title: "Container may run as root",
        summary: "Without `runAsNonRoot: true` (pod or container level) the image's user applies, which is root for most images.",
        kind: .configuration, severity: .medium, cwe: [250], owasp: ["A05:2021", "CIS-K8S-5.2.6"],
        remediation: "Set `securityContext.runAsNonRoot: true` (and a non-zero `runAsUser`) on the pod or each container.",
        triggeringExamples: [
            kubernetesExample(container: "image: nginx:1.25", markContainer: true),
            kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  ↓runAsNonRoot: false"),
            kubernetesExample(pod: "securityContext:\n  runAsNonRoot: true", container: "image: nginx:1.25\nsecurityContext:\n  ↓runAsUser: 0"),
        ],
        nonTriggeringExamples: [
            kubernetesExample(pod: "securityContext:\n  runAsNonRoot: true", container: "image: nginx:1.25"),
            kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  runAsNonRoot: true"),
        ])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        let podContext = pod.node.value("securityContext")
        if let pair = podContext?.pair("runAsNonRoot"), pair.value.isFalse { issues.add(pair.key.mark) }
        if let pair = podContext?.pair("runAsUser"), pair.value.plainInt == 0 { issues.add(pair.key.mark) }
        let podNonRoot = podContext?.value("runAsNonRoot")?.isTrue == true
        for container in pod.containers {
            let context = container.value("securityContext")
            if let pair = context?.pair("runAsUser"), pair.value.plainInt == 0 {
                issues.add(pair.key.mark)
            } else if let pair = context?.pair("runAsNonRoot") {
                if pair.value.isFalse { issues.add(pair.key.mark) }
            } else if !podNonRoot, (context?.value("runAsUser")?.plainInt ?? 0) == 0, (podContext?.value("runAsUser")?.plainInt ?? 0) == 0 {
                issues.add(container.mark, detail: "runAsNonRoot is not set")
            }
        }
    }
}
