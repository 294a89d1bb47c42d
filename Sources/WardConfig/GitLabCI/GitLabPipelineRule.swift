import WardCore
import Yams

/// A check on a `.gitlab-ci.yml` pipeline.
protocol GitLabPipelineRule: ConfigRule {
    func check(pipeline: Node, into issues: inout IssueCollector)
}

extension GitLabPipelineRule {
    var fileType: ConfigFileType { .gitlabCI }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .yaml(let yaml) = document else { return }
        for pipeline in yaml.documents where pipeline.mapping != nil { check(pipeline: pipeline, into: &issues) }
    }
}

/// A GitLab CI rule example at `.gitlab-ci.yml`.
func gitlabExample(_ code: String) -> Example { Example(code, path: ".gitlab-ci.yml") }

extension Node {
    /// Keys of a pipeline that are settings, not jobs.
    static let gitlabGlobalKeys: Set<String> = ["stages", "variables", "include", "workflow", "image", "services", "cache", "before_script", "after_script", "default"]

    /// Jobs and hidden templates (`.base`), plus `default`, which carry scripts and images.
    var gitlabJobs: [Node] {
        pairs.filter { pair in
            guard let key = pair.key.string else { return false }
            return pair.value.mapping != nil && (key == "default" || !Node.gitlabGlobalKeys.contains(key))
        }.map(\.value)
    }

    /// Every script item (`script`, `before_script`, `after_script`) of the pipeline and its jobs.
    var gitlabScripts: [Node] {
        ([self] + gitlabJobs).flatMap { holder in
            ["before_script", "script", "after_script"].flatMap { key -> [Node] in
                guard let value = holder[key] else { return [] }
                return value.sequence != nil ? value.elements.flatMap { $0.sequence != nil ? $0.elements : [$0] } : [value]
            }
        }
    }
}
