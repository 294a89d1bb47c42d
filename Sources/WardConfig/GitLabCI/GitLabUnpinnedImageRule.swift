import WardCore
import Yams

/// Flags job and service images with no tag or `latest`.
struct GitLabUnpinnedImageRule: GitLabPipelineRule {
    let description = RuleDescription(
        id: "gitlab-unpinned-image", title: "CI image not pinned",
        summary: "A job image without a tag or with `latest` changes between runs; a poisoned upstream image runs with the pipeline's credentials.",
        kind: .configuration, severity: .medium, cwe: [829], owasp: ["A08:2021", "CICD-SEC-3"],
        remediation: "Pin images to a version tag or digest (`image: node:22.11-alpine` or `node@sha256:…`).",
        triggeringExamples: [gitlabExample("↓image: node\ntest:\n  image:\n    ↓name: python:latest\n  services:\n    - ↓postgres\n  script:\n    - make test\n")],
        nonTriggeringExamples: [gitlabExample("image: node:22.11-alpine\ntest:\n  image: $CI_REGISTRY_IMAGE/builder\n  services:\n    - postgres:16.4\n  script:\n    - make test\n")])

    func check(pipeline: Node, into issues: inout IssueCollector) {
        for holder in [pipeline] + pipeline.gitlabJobs {
            if let pair = holder.pair("image") {
                if let image = pair.value.string {
                    if ImageReference.isUnpinned(image) { issues.add(pair.key.mark, detail: image) }
                } else if let name = pair.value.pair("name"), let image = name.value.string, ImageReference.isUnpinned(image) {
                    issues.add(name.key.mark, detail: image)
                }
            }
            for service in holder.value("services")?.elements ?? [] {
                if let image = service.string {
                    if ImageReference.isUnpinned(image) { issues.add(service.mark, detail: image) }
                } else if let name = service.pair("name"), let image = name.value.string, ImageReference.isUnpinned(image) {
                    issues.add(name.key.mark, detail: image)
                }
            }
        }
    }
}
