import WardCore

/// Flags base images with no tag or `latest` in any stage; `scratch` and earlier stages are fine.
struct DockerUnpinnedBaseImageRule: DockerfileRule {
    let description = RuleDescription(
        id: "docker-unpinned-base-image", title: "Base image not pinned",
        summary: "A base image without a tag or with `latest` changes under the build, so the image is not reproducible and may pull in unreviewed code.",
        kind: .configuration, severity: .medium, cwe: [829], owasp: ["A08:2021", "CIS-DOCKER-4.2"],
        remediation: "Pin the base image to a version tag, better to a digest (`FROM alpine:3.20@sha256:…`).",
        triggeringExamples: [dockerExample("FROM ↓node AS build\nFROM --platform=linux/amd64 ↓nginx:latest\n")],
        nonTriggeringExamples: [dockerExample("FROM golang:1.23 AS build\nFROM build AS test\nFROM scratch\nFROM alpine@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31\n")])

    func check(_ dockerfile: Dockerfile, into issues: inout IssueCollector) {
        var stageNames: Set<String> = []
        for instruction in dockerfile.instructions {
            guard let (image, name) = instruction.fromImage else { continue }
            let lower = image.lowercased()
            if lower != "scratch", !stageNames.contains(lower), ImageReference.isUnpinned(image),
               let place = instruction.locate(" " + image) {
                issues.add(ConfigIssue(line: place.line, column: place.column + 1, detail: image))
            }
            if let name { stageNames.insert(name.lowercased()) }
        }
    }
}
