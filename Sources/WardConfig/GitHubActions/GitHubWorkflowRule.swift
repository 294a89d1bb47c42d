import WardCore
import Yams

/// A check on a GitHub Actions workflow file.
protocol GitHubWorkflowRule: ConfigRule {
    func check(workflow: Node, into issues: inout IssueCollector)
}

extension GitHubWorkflowRule {
    var fileType: ConfigFileType { .githubActions }

    func check(_ document: ConfigDocument, into issues: inout IssueCollector) {
        guard case .yaml(let yaml) = document else { return }
        for workflow in yaml.documents where workflow.mapping != nil { check(workflow: workflow, into: &issues) }
    }
}

/// A workflow rule example at `.github/workflows/ci.yml`.
func workflowExample(_ code: String) -> Example { Example(code, path: ".github/workflows/ci.yml") }

extension Node {
    /// The workflow's jobs as (name, job) pairs.
    var workflowJobs: [(key: Node, value: Node)] { self.value("jobs")?.pairs ?? [] }

    /// Every step of every job.
    var workflowSteps: [Node] { workflowJobs.flatMap { $0.value.value("steps")?.elements ?? [] } }

    /// Event names of `on:` in its string, list or mapping form.
    var workflowEvents: [String] {
        guard let on = pair("on")?.value ?? pair("true")?.value else { return [] }
        if let single = on.string { return [single] }
        if on.sequence != nil { return on.elements.compactMap(\.string) }
        return on.pairs.compactMap { $0.key.string }
    }
}
