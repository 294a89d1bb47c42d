import Foundation
import Hummingbird
import NIOPosix
import WardGovern

/// One knowledge-base entry in the API.
struct KnowledgeEntryJSON: Codable, Sendable {
    var kind: String
    var id: String
    var title: String
    var summary: String
    var url: String

    init(_ entry: KnowledgeEntry) {
        kind = entry.kind.rawValue
        id = entry.id
        title = entry.title
        summary = entry.summary
        url = entry.path
    }
}

extension ServerServices {
    /// Longest search accepted.
    static let maxKnowledgeQuery = 200

    func addKnowledgeRoutes(to router: Router<WardRequestContext>) {
        router.get("/api/v1/kb") { request, context in
            _ = try context.requireIdentity()
            let query = try Self.knowledgeQuery(request)
            let base = try await knowledgeBase()
            return Page(items: base.search(query).map(KnowledgeEntryJSON.init), next: nil)
        }
    }

    /// The rule catalog, the requirements library and the articles of the knowledge directory, read
    /// on every request (off the event loop) so edited articles show without a restart.
    func knowledgeBase() async throws -> KnowledgeBase {
        let directory = configuration.knowledgeDirectory.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let rules = self.rules
        return try await NIOThreadPool.singleton.runIfActive { KnowledgeBase.load(rules: rules, articlesIn: directory) }
    }

    /// `q`, or 400 when it is longer than a search needs.
    static func knowledgeQuery(_ request: Request) throws -> String {
        let query = request.query("q") ?? ""
        guard query.count <= maxKnowledgeQuery else {
            throw APIError.badRequest("q: a search may be at most \(maxKnowledgeQuery) characters")
        }
        return query
    }
}
