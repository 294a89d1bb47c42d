import WardCore

/// Flags container images with no tag or `latest`: the deployed code changes without a manifest change.
struct KubernetesUnpinnedImageRule: KubernetesRule {
    let description = RuleDescription(
        id: "k8s-unpinned-image", title: "Image not pinned",
        summary: "An image without a tag or with `latest` can change between pulls, so what runs is neither reviewed nor reproducible.",
        kind: .configuration, severity: .medium, cwe: [829], owasp: ["A08:2021"],
        remediation: "Pin the image to a version tag, better to a digest (`image: nginx@sha256:…`).",
        triggeringExamples: [kubernetesExample(container: "↓image: nginx"), kubernetesExample(container: "↓image: registry.local:5000/web:latest")],
        nonTriggeringExamples: [kubernetesExample(container: "image: registry.local:5000/web:1.4.2"), kubernetesExample(container: "image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31")])

    func check(_ pod: PodSpec, into issues: inout IssueCollector) {
        for container in pod.containers {
            if let pair = container.pair("image"), let image = pair.value.string, ImageReference.isUnpinned(image) {
                issues.add(pair.key.mark, detail: image)
            }
        }
    }
}
