import WardCore
import Yams

/// Flags `pull_request_target` workflows that check out the pull request's head: untrusted code runs with secrets.
struct GitHubPullRequestTargetCheckoutRule: GitHubWorkflowRule {
    static let headReferences = ["github.event.pull_request.head.sha", "github.event.pull_request.head.ref", "github.head_ref",
                                 "github.event.pull_request.merge_commit_sha", "refs/pull/"]

    let description = RuleDescription(
        id: "gha-pull-request-target-checkout", title: "pull_request_target checks out untrusted code",
        summary: "pull_request_target runs with the base repository's secrets and a write token; checking out the PR head runs an outsider's code with them.",
        kind: .configuration, severity: .critical, cwe: [829, 94], owasp: ["A08:2021", "CICD-SEC-4"],
        remediation: "Use `pull_request` for building PR code, or split into an unprivileged build and a privileged `workflow_run` that never executes PR code.",
        triggeringExamples: [workflowExample("on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ↓ref: ${{ github.event.pull_request.head.sha }}\n      - run: make test\n")],
        nonTriggeringExamples: [
            workflowExample("on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"),
            workflowExample("on: pull_request\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n"),
        ])

    func check(workflow: Node, into issues: inout IssueCollector) {
        guard workflow.workflowEvents.contains("pull_request_target") else { return }
        for step in workflow.workflowSteps {
            guard let uses = step.value("uses")?.string, uses.hasPrefix("actions/checkout"),
                  let pair = step.value("with")?.pair("ref"), let ref = pair.value.string,
                  Self.headReferences.contains(where: { ref.contains($0) })
            else { continue }
            issues.add(pair.key.mark)
        }
    }
}
