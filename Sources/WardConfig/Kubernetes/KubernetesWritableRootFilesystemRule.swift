import WardCore

/// Flags containers whose root file system is writable, which lets an intruder drop tools and persist.
struct KubernetesWritableRootFilesystemRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-writable-root-filesystem", title: "Root file system is writable",
        summary: "Without `readOnlyRootFilesystem: true` an attacker in the container can modify binaries and write tools.",
        kind: .configuration, severity: .low, cwe: [732], owasp: ["A05:2021"],
        remediation: "Set `securityContext.readOnlyRootFilesystem: true` and mount `emptyDir` volumes where writing is needed.",
        triggeringExamples: [
            kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  ↓readOnlyRootFilesystem: false"),
            kubernetesExample(container: "image: nginx:1.25", markContainer: true),
        ],
        nonTriggeringExamples: [kubernetesExample(container: "image: nginx:1.25\nsecurityContext:\n  readOnlyRootFilesystem: true")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            if let pair = container.value("securityContext")?.pair("readOnlyRootFilesystem") {
                if !pair.value.isTrue { issues.add(pair.key.mark) }
            } else {
                issues.add(container.mark, detail: "readOnlyRootFilesystem is not set")
            }
        }
    }
}
