import Foundation
import Testing
import WardCore
import WardGovern
@testable import WardServer
import WardStore

/// `GET /api/v1/kb`: search over the rule catalog, the requirements library and the knowledge directory.
@Suite struct KnowledgeAPITests {
    static let rules = [
        RuleDescription(id: "sql-injection", title: "SQL built from input", summary: "A query concatenates request data.", kind: .code,
                        severity: .high, cwe: [89], remediation: "Bind parameters instead of concatenating."),
        RuleDescription(id: "vault-token", title: "Vault token", summary: "A HashiCorp Vault token in source.", kind: .secret,
                        severity: .critical, cwe: [798], remediation: "Revoke the token and read secrets at run time."),
    ]

    /// A knowledge directory with one article and one file that is not UTF-8.
    static func knowledgeDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-kb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("# Vault at the bank\n\nEvery service reads secrets from the vault.\n\n## Steps\n\n- ask <b>appsec</b>\n".utf8)
            .write(to: directory.appendingPathComponent("vault.md"))
        try Data([0xC3, 0x28]).write(to: directory.appendingPathComponent("broken.md"))
        return directory
    }

    static func harness() async throws -> (APIHarness, Caller) {
        let base = try await APIHarness.make()
        let configuration = ServerConfiguration(
            database: base.services.configuration.database, bcryptCost: 4, knowledgeDirectory: try knowledgeDirectory().path)
        let harness = APIHarness(store: base.store, services: ServerServices(store: base.store, configuration: configuration, rules: rules),
                                 databasePath: base.databasePath)
        return (harness, try await harness.user("dev", role: .developer))
    }

    @Test func searchAnswersMatchingEntriesTitleMatchesFirst() async throws {
        let (harness, dev) = try await Self.harness()
        try await harness.run { api in
            let items = try await api.get("/api/v1/kb?q=VAULT", as: .bearer(dev.token)).items()
            // Titles first (the article, the rule), then a requirement whose text names a vault.
            #expect(items.map { $0["id"] as? String } == ["vault", "vault-token", "WARD-SECRETS-02"])
            #expect(items.map { $0["url"] as? String } == ["/kb/articles/vault", "/kb/rules/vault-token", "/kb/requirements/WARD-SECRETS-02"])
            #expect(items.first?["title"] as? String == "Vault at the bank")
            #expect(items.first?["summary"] as? String == "Every service reads secrets from the vault.")
            #expect(items.first?["kind"] as? String == "article")

            let bound = try await api.get("/api/v1/kb?q=bind%20parameters", as: .bearer(dev.token)).items()
            #expect(bound.map { $0["id"] as? String } == ["sql-injection"])
            let requirement = try await api.get("/api/v1/kb?q=WARD-AUTH-01", as: .bearer(dev.token)).items()
            #expect(requirement.map { $0["url"] as? String } == ["/kb/requirements/WARD-AUTH-01"])

            let everything = try await api.get("/api/v1/kb", as: .bearer(dev.token)).items()
            #expect(everything.count == 1 + Self.rules.count + RequirementLibrary.builtIn.requirements.count)

            let long = try await api.get("/api/v1/kb?q=" + String(repeating: "a", count: 201), as: .bearer(dev.token))
            #expect(long.status == 400)
            #expect(try long.errorMessage() == "q: a search may be at most 200 characters")
            #expect(try await api.get("/api/v1/kb", as: .none).status == 401)
        }
    }

    @Test func withoutAKnowledgeDirectoryTheCatalogStillAnswers() async throws {
        let harness = try await APIHarness.make()
        let dev = try await harness.user("dev", role: .developer)
        try await harness.run { api in
            let items = try await api.get("/api/v1/kb?q=WARD-AUTH-0", as: .bearer(dev.token)).items()
            #expect(items.count == RequirementLibrary.builtIn.requirements.filter { $0.id.hasPrefix("WARD-AUTH-0") }.count)
            #expect(Set(items.compactMap { $0["kind"] as? String }) == ["requirement"])
        }
    }
}
