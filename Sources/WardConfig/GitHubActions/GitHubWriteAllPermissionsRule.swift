import WardCore
import Yams

/// Flags `permissions: write-all` on a workflow or job: the token can push code, releases and packages.
struct GitHubWriteAllPermissionsRule: GitHubWorkflowRule {
    let description = RuleDescription(
        id: "gha-write-all-permissions", title: "Token with write-all permissions",
        summary: "write-all gives the job's GITHUB_TOKEN write access to contents, packages, workflows and more; any compromised step can push to the repository.",
        kind: .configuration, severity: .medium, cwe: [250], owasp: ["A01:2021", "CICD-SEC-2"],
        remediation: "Declare the least permissions needed, e.g. `permissions: { contents: read }`, and widen per job.",
        triggeringExamples: [workflowExample("on: push\n↓permissions: write-all\njobs:\n  b:\n    ↓permissions: write-all\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n")],
        nonTriggeringExamples: [workflowExample("on: push\npermissions:\n  contents: read\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n")])

    func check(workflow: Node, into issues: inout IssueCollector) {
        let holders = [workflow] + workflow.workflowJobs.map(\.value)
        for holder in holders {
            if let pair = holder.pair("permissions"), pair.value.string == "write-all" { issues.add(pair.key.mark) }
        }
    }
}
