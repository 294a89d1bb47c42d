import WardCore
import WardMatch

/// Static analysis with pattern rules: one pass of a keyword prefilter per file, then each rule
/// that can apply runs its regexes over the file with comments (and, if asked, strings) blanked out.
public struct CodeScanner: FileScanner {
    public let patternRules: [PatternRule]
    /// Rule indices per language, so a file only sees its own language's rules.
    let rulesByLanguage: [Language: [Int]]
    /// Rules for `generic`: every file.
    let genericRules: [Int]
    /// Every rule's keywords, found in one pass per file.
    let keywordSet: KeywordSet?

    /// Prepares the rules; duplicate ids are an input error naming both origins.
    public init(rules: [PatternRule]) throws(InputError) {
        var origins: [String: String] = [:]
        for rule in rules {
            if let first = origins[rule.id] {
                throw InputError(path: rule.origin.isEmpty ? nil : rule.origin, "duplicate code rule id '\(rule.id)' (also in \(first))")
            }
            origins[rule.id] = rule.origin.isEmpty ? "another rule set" : rule.origin
        }
        patternRules = rules
        var byLanguage: [Language: [Int]] = [:]
        var generic: [Int] = []
        var keywords: [(keyword: String, owner: Int)] = []
        for (index, rule) in rules.enumerated() {
            for language in Set(rule.languages) {
                if language == .generic { generic.append(index) } else { byLanguage[language, default: []].append(index) }
            }
            keywords += rule.keywords.map { ($0, index) }
        }
        rulesByLanguage = byLanguage
        genericRules = generic
        keywordSet = keywords.isEmpty ? nil : KeywordSet(keywords)
    }

    public var kinds: [FindingKind] { [.code] }
    public var rules: [RuleDescription] { patternRules.map(\.description) }

    public func makeWorker() -> any FileScanWorker { CodeScanWorker(scanner: self) }
}
