import Foundation
import WardCore

/// An organisation article: one Markdown file of the knowledge directory, named by its file name.
public struct KnowledgeArticle: Codable, Sendable, Hashable {
    /// The file name without `.md`: letters, digits, `-`, `_` and `.`.
    public var slug: String
    /// The first `# ` heading, else the slug.
    public var title: String
    public var markdown: String

    public init(slug: String, markdown: String) {
        self.slug = slug
        self.markdown = markdown
        let heading = markdown.split(separator: "\n").lazy.map { $0.trimmingSpaces }.first { $0.hasPrefix("# ") }
        let title = heading.map { String($0.dropFirst(2).trimmingSpaces) } ?? ""
        self.title = title.isEmpty ? slug : title
    }

    /// The first paragraph that is not a heading, as plain text, cut at 200 characters.
    public var summary: String {
        let paragraph = markdown.components(separatedBy: "\n\n").lazy.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("```") && !$0.hasPrefix("~~~") } ?? ""
        let text = paragraph.split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }

    /// Largest article read; a bigger file is reported, not loaded.
    public static let maxBytes = 1 << 20
    /// Most articles read from one directory.
    public static let maxArticles = 5_000

    /// The `.md` files directly in `directory`, in name order, and a sentence for each file that
    /// could not be used. A directory that does not exist holds no articles and is no problem.
    public static func load(from directory: URL) -> (articles: [KnowledgeArticle], problems: [String]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return ([], []) }
        guard isDirectory.boolValue else { return ([], ["\(directory.path) is not a directory"]) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        } catch {
            return ([], ["\(directory.path) cannot be listed: \(error.localizedDescription)"])
        }
        var articles: [KnowledgeArticle] = [], problems: [String] = []
        for name in names {
            guard articles.count < maxArticles else {
                problems.append("only the first \(maxArticles) articles are read")
                break
            }
            let slug = String(name.dropLast(3))
            guard isValidSlug(slug) else {
                problems.append("\(name): an article's file name may hold only letters, digits, '-', '_' and '.'")
                continue
            }
            let url = directory.appendingPathComponent(name)
            guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int else {
                problems.append("\(name): cannot be read")
                continue
            }
            guard size <= maxBytes else {
                problems.append("\(name): \(size) bytes is over the \(maxBytes)-byte limit for an article")
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append("\(name): cannot be read")
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                problems.append("\(name): not UTF-8 text")
                continue
            }
            articles.append(KnowledgeArticle(slug: slug, markdown: text))
        }
        return (articles, problems)
    }

    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 200 && !slug.hasPrefix(".")
            && slug.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
