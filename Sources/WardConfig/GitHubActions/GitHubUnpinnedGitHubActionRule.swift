import WardCore
import Yams

/// Flags GitHub's own actions (`actions/*`, `github/*`) not pinned to a commit: lower risk, GitHub controls the tags.
struct GitHubUnpinnedGitHubActionRule: GitHubWorkflowRule {
    let description = RuleDescription(
        id: "gha-unpinned-github-action", title: "GitHub action not pinned to a commit",
        summary: "Tags of GitHub-owned actions are unlikely to be moved maliciously, but only a commit SHA makes the workflow reproducible.",
        kind: .configuration, severity: .low, confidence: .medium, cwe: [829], owasp: ["A08:2021", "CICD-SEC-3"],
        remediation: "Pin to the full commit SHA with the version in a comment (`actions/checkout@<sha> # v4.2.2`).",
        triggeringExamples: [workflowExample("on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - ↓uses: actions/checkout@v4\n")],
        nonTriggeringExamples: [workflowExample("on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n")])

    func check(workflow: Node, into issues: inout IssueCollector) {
        for step in workflow.workflowSteps {
            guard let pair = step.pair("uses"), let text = pair.value.string, let action = ActionReference(text),
                  action.isGitHubOwned, !action.isPinned
            else { continue }
            issues.add(pair.key.mark, detail: text)
        }
    }
}
