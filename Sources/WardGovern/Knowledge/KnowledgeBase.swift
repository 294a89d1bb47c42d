import Foundation
import WardCore

/// One entry of the knowledge base as a list or search shows it.
public struct KnowledgeEntry: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case article, rule, requirement

        /// The path segment of the entry's page: `/kb/articles/…`, `/kb/rules/…`, `/kb/requirements/…`.
        public var segment: String { rawValue + "s" }
    }

    public var kind: Kind
    public var id: String
    public var title: String
    public var summary: String

    public init(kind: Kind, id: String, title: String, summary: String) {
        self.kind = kind
        self.id = id
        self.title = title
        self.summary = summary
    }

    /// The entry's page on the platform.
    public var path: String { KnowledgeBase.path(kind, id) }
}

/// The organisation's security knowledge: every rule's explanation and remediation, every security
/// requirement's text, rationale and verification, and the organisation's own Markdown articles.
public struct KnowledgeBase: Sendable {
    public let rules: [RuleDescription]
    public let requirements: [SecurityRequirement]
    public let articles: [KnowledgeArticle]
    /// Article files that could not be read, with why; shown to the people who maintain them.
    public let problems: [String]
    private let rulesById: [String: RuleDescription]
    private let articlesBySlug: [String: KnowledgeArticle]

    public init(rules: [RuleDescription], requirements: [SecurityRequirement] = RequirementLibrary.builtIn.requirements,
                articles: [KnowledgeArticle] = [], problems: [String] = []) {
        // A catalog assembled from several modules may list a rule twice; the first description wins.
        let byId = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.rulesById = byId
        self.rules = byId.values.sorted { $0.id < $1.id }
        self.requirements = requirements.sorted { $0.id < $1.id }
        self.articlesBySlug = Dictionary(articles.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.articles = articlesBySlug.values.sorted { $0.slug < $1.slug }
        self.problems = problems
    }

    /// The rules and requirements with the articles of `directory` (see `KnowledgeArticle.load(from:)`).
    public static func load(rules: [RuleDescription], requirements: [SecurityRequirement] = RequirementLibrary.builtIn.requirements,
                            articlesIn directory: URL?) -> KnowledgeBase {
        guard let directory else { return KnowledgeBase(rules: rules, requirements: requirements) }
        let loaded = KnowledgeArticle.load(from: directory)
        return KnowledgeBase(rules: rules, requirements: requirements, articles: loaded.articles, problems: loaded.problems)
    }

    public func rule(_ id: String) -> RuleDescription? { rulesById[id] }
    public func requirement(_ id: String) -> SecurityRequirement? { requirements.first { $0.id == id } }
    public func article(_ slug: String) -> KnowledgeArticle? { articlesBySlug[slug] }

    /// Every entry: articles, then rules, then requirements, each in id order.
    public var entries: [KnowledgeEntry] { searchable.map(\.entry) }

    /// The entries whose title or body holds every word of `query`, ignoring case; entries whose title
    /// holds them all come first. An empty query answers every entry.
    public func search(_ query: String) -> [KnowledgeEntry] {
        let words = query.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return entries }
        var inTitle: [KnowledgeEntry] = [], inBody: [KnowledgeEntry] = []
        for item in searchable {
            let title = item.entry.title.lowercased()
            if words.allSatisfy(title.contains) {
                inTitle.append(item.entry)
            } else if words.allSatisfy({ title.contains($0) || item.body.contains($0) }) {
                inBody.append(item.entry)
            }
        }
        return inTitle + inBody
    }

    /// The page of an entry; ids are percent-encoded so any article file name stays one path segment.
    public static func path(_ kind: KnowledgeEntry.Kind, _ id: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "/kb/\(kind.segment)/" + (id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id)
    }

    // MARK: - Search text

    private var searchable: [(entry: KnowledgeEntry, body: String)] {
        let articleItems = articles.map { article in
            (KnowledgeEntry(kind: .article, id: article.slug, title: article.title, summary: article.summary), article.markdown.lowercased())
        }
        let ruleItems = rules.map { rule in
            let body = ([rule.id, rule.summary, rule.remediation, rule.kind.rawValue, rule.severity.rawValue] + rule.cwe.map { "CWE-\($0)" }
                + rule.owasp + rule.tags).joined(separator: "\n")
            return (KnowledgeEntry(kind: .rule, id: rule.id, title: rule.title, summary: rule.summary), body.lowercased())
        }
        let requirementItems = requirements.map { requirement in
            let body = ([requirement.id, requirement.text, requirement.rationale, requirement.verification.rawValue] + requirement.asvs
                + requirement.masvs + requirement.cwe.map { "CWE-\($0)" }).joined(separator: "\n")
            return (KnowledgeEntry(kind: .requirement, id: requirement.id, title: requirement.title, summary: requirement.text), body.lowercased())
        }
        return articleItems + ruleItems + requirementItems
    }
}
