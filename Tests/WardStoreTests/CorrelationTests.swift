import Foundation
import Testing
import WardCore
@testable import WardStore

@Suite struct CorrelationTests {
    @Test(arguments: TestStore.engines)
    func twoToolsOnTheSameLineAndCWEAreOneFindingWithTwoSources(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        let bandit = Sample.finding("B602", tool: "bandit", kind: .code, path: "app/run.py", line: 12, cwe: [78])
        let semgrep = Sample.finding("python.lang.security.subprocess-shell-true", tool: "semgrep", kind: .code, path: "app/run.py", line: 12, cwe: [78])
        let elsewhere = Sample.finding("B602", tool: "bandit", kind: .code, path: "app/run.py", line: 40, cwe: [78])
        let result = try await store.ingest(
            Sample.upload([bandit, semgrep, elsewhere], tools: ["bandit", "semgrep"], kinds: [.code]), project: "p", createProject: true, actor: Sample.admin)
        #expect(result.newFindingIDs.count == 2)
        let page = try await store.findings(FindingFilter(), visibility: .everything)
        let merged = try #require(page.items.first { $0.location?.startLine == 12 })
        #expect(merged.tools == ["bandit", "semgrep"] && merged.sourceCount == 2)
        #expect(try await store.sources(ofFinding: merged.id).map(\.tool) == ["bandit", "semgrep"])
        // The next scan finds the same pair by fingerprint: nothing new, nothing fixed.
        let again = try await store.ingest(
            Sample.upload([bandit, semgrep, elsewhere], tools: ["bandit", "semgrep"], kinds: [.code]), project: "p", actor: Sample.admin)
        #expect(again.newFindingIDs.isEmpty && again.fixedFindingIDs.isEmpty)
    }

    @Test(arguments: TestStore.engines)
    func aSecondToolJoinsAStoredFindingBySecretHashOrAdvisory(engine: StoreDatabase.Engine) async throws {
        let store = try await TestStore.make(engine)
        defer { Task { await store.close() } }
        let secret = "ghp_" + RandomToken.make(length: 36)
        let component = ComponentReference(purl: "pkg:pypi/jinja2@2.10", name: "jinja2", version: "2.10", ecosystem: "PyPI")
        let ward = [
            Sample.finding("github-pat", path: "a.env", line: 1, secret: secret),
            Sample.finding("osv", kind: .dependency, path: "requirements.txt", line: 3, cwe: [],
                           component: component, advisory: AdvisoryReference(id: "GHSA-462w-v97r-4m45", aliases: ["CVE-2019-10906"])),
        ]
        _ = try await store.ingest(Sample.upload(ward, kinds: [.secret, .dependency]), project: "p", createProject: true, actor: Sample.admin)
        let other = [
            Sample.finding("generic", tool: "gitleaks", path: "b/other.env", line: 9, secret: secret),
            Sample.finding("CVE-2019-10906", tool: "trivy", kind: .dependency, path: "requirements.txt", line: 1, cwe: [],
                           component: ComponentReference(purl: "pkg:pypi/jinja2@2.10", name: "jinja2", version: "2.10", ecosystem: "PyPI"),
                           advisory: AdvisoryReference(id: "CVE-2019-10906")),
        ]
        let result = try await store.ingest(Sample.upload(other, tools: ["gitleaks", "trivy"], kinds: [.secret, .dependency]), project: "p", actor: Sample.admin)
        #expect(result.newFindingIDs.isEmpty)
        let items = try await store.findings(FindingFilter(), visibility: .everything).items
        #expect(items.count == 2)
        #expect(Set(items.map(\.tools)) == [["gitleaks", "ward"], ["trivy", "ward"]])
    }
}
