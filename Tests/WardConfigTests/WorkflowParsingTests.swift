import Testing
import WardCore
@testable import WardConfig

/// Workflow shapes that rules must read the same way: `on` as string, list or map; aliases; reusable workflows.
@Suite struct WorkflowParsingTests {
    static func ruleIds(_ text: String, path: String = ".github/workflows/x.yml") throws -> [String] {
        try ConfigScanner().scan(text: text, path: path).map(\.ruleId)
    }

    @Test func pullRequestTargetInEveryTriggerForm() throws {
        let steps = "permissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n        with: {ref: \"${{ github.head_ref }}\"}\n"
        for trigger in ["on: pull_request_target\n", "on: [push, pull_request_target]\n", "on:\n  pull_request_target:\n    branches: [main]\n"] {
            #expect(try Self.ruleIds(trigger + steps) == ["gha-pull-request-target-checkout"], "\(trigger)")
        }
    }

    @Test func reusableWorkflowReferencesAreCheckedForPinning() throws {
        let text = "on: push\npermissions: {}\njobs:\n  call:\n    uses: octo-org/shared/.github/workflows/deploy.yml@main\n"
        #expect(try Self.ruleIds(text) == ["gha-unpinned-third-party-action"])
    }

    @Test func aliasedScriptsAreReportedOnce() throws {
        let text = "test:\n  script: &s\n    - echo $CI_JOB_TOKEN\nagain:\n  script: *s\n"
        let findings = try ConfigScanner().scan(text: text, path: ".gitlab-ci.yml")
        #expect(findings.map(\.ruleId) == ["gitlab-secret-echoed"])
        #expect(findings.first?.location?.startLine == 3)
    }
}

extension WorkflowParsingTests {
    @Test func repeatedScriptLinesAreEachReported() throws {
        let text = "on: issues\npermissions: {}\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo \"${{ github.event.issue.title }}\"\n          echo \"${{ github.event.issue.title }}\"\n"
        let lines = try ConfigScanner().scan(text: text, path: ".github/workflows/t.yml").filter { $0.ruleId == "gha-script-injection" }.map { $0.location?.startLine }
        #expect(lines == [8, 9])
    }
}
