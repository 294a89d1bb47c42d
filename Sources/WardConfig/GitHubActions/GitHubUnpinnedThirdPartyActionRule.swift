import WardCore
import Yams

/// Flags third-party actions referenced by a tag or branch instead of a full commit SHA.
struct GitHubUnpinnedThirdPartyActionRule: GitHubWorkflowRule {
    let description = RuleDescription(
        id: "gha-unpinned-third-party-action", title: "Third-party action not pinned to a commit",
        summary: "A tag or branch of someone else's action can be moved to malicious code (as in the tj-actions/changed-files compromise) and runs with the job's secrets.",
        kind: .configuration, severity: .medium, cwe: [829], owasp: ["A08:2021", "CICD-SEC-3"],
        remediation: "Pin to the full 40-character commit SHA (`uses: owner/action@<sha> # v1.2.3`) and let Dependabot update it.",
        triggeringExamples: [workflowExample("on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - ↓uses: tj-actions/changed-files@v45\n")],
        nonTriggeringExamples: [workflowExample("on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: tj-actions/changed-files@48d8f15b2aaa3d255ca5af3eba4870f807ce6b3c\n      - uses: ./.github/actions/local\n      - uses: actions/checkout@v4\n")])

    func check(workflow: Node, into issues: inout IssueCollector) {
        for (_, job) in workflow.workflowJobs {
            let uses = (job.value("steps")?.elements ?? []).compactMap { $0.pair("uses") } + [job.pair("uses")].compactMap { $0 }
            for pair in uses {
                guard let text = pair.value.string, let action = ActionReference(text), !action.isGitHubOwned, !action.isPinned else { continue }
                issues.add(pair.key.mark, detail: text)
            }
        }
    }
}
