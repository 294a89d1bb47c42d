import WardCore

/// A parsed, compiled pattern rule: what it matches, where it applies, and how it describes itself.
/// A class, so that the scanner hands rules around by reference instead of copying every field.
public final class PatternRule: Sendable {
    public let description: RuleDescription
    public let message: MessageTemplate
    public let languages: [Language]
    public let clause: PatternClause
    public let include: [PathPattern]
    public let exclude: [PathPattern]
    /// Whether string contents are blanked out before matching (comments always are).
    public let maskStrings: Bool
    /// Lowercase literals, one of which a file must contain for the rule to run on it; empty means always.
    public let keywords: [String]
    /// The group holding a hard-coded secret, redacted wherever the match is shown.
    public let secretGroup: GroupReference?
    /// The file the rule came from, for error messages.
    public let origin: String

    public init(
        description: RuleDescription, message: MessageTemplate, languages: [Language], clause: PatternClause,
        include: [PathPattern] = [], exclude: [PathPattern] = [], maskStrings: Bool = false, keywords: [String] = [],
        secretGroup: GroupReference? = nil, origin: String = ""
    ) {
        self.description = description
        self.message = message
        self.languages = languages
        self.clause = clause
        self.include = include
        self.exclude = exclude
        self.maskStrings = maskStrings
        self.keywords = keywords
        self.secretGroup = secretGroup
        self.origin = origin
    }

    public var id: String { description.id }

    /// Whether the rule's path filters let it run on `path`.
    public func applies(to path: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(relativePath: path) }) { return false }
        return !exclude.contains { $0.matches(relativePath: path) }
    }

    /// The path an example is scanned as when it names none: `example` plus the first language's extension.
    public var examplePath: String { "example." + (languages.first ?? .generic).defaultExtension }
}
