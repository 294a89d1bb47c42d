import WardCore
import Yams

/// Flags workflows with no top-level `permissions` where some job sets none either: the token gets the repository default.
struct GitHubMissingPermissionsRule: GitHubWorkflowRule {
    let description = RuleDescription(
        id: "gha-missing-permissions", title: "No token permissions declared",
        summary: "Without `permissions`, GITHUB_TOKEN gets the repository or organisation default, which is read-write on older settings.",
        kind: .configuration, severity: .low, confidence: .medium, cwe: [250], owasp: ["A01:2021", "CICD-SEC-2"],
        remediation: "Add a top-level `permissions: { contents: read }` and widen per job where needed.",
        triggeringExamples: [workflowExample("on: push\n↓jobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n")],
        nonTriggeringExamples: [
            workflowExample("on: push\npermissions: {}\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n"),
            workflowExample("on: push\njobs:\n  b:\n    permissions:\n      contents: read\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n"),
        ])

    func check(workflow: Node, into issues: inout IssueCollector) {
        guard workflow.pair("permissions") == nil, let jobs = workflow.pair("jobs") else { return }
        let uncovered = workflow.workflowJobs.filter { $0.value.pair("permissions") == nil }.compactMap { $0.key.string }
        if !uncovered.isEmpty { issues.add(jobs.key.mark, detail: "jobs without permissions: \(uncovered.joined(separator: ", "))") }
    }
}
