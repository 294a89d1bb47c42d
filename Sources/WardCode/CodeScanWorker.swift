import WardCore
import WardMatch

/// One thread's code scanner: keyword prefilter, lazy masking, rule evaluation and findings.
final class CodeScanWorker: FileScanWorker {
    private let scanner: CodeScanner
    private let evaluator = PatternEvaluator()
    /// Per-rule flag: a keyword of the rule occurs in the current file.
    private var keywordHit: [Bool]

    init(scanner: CodeScanner) {
        self.scanner = scanner
        keywordHit = Array(repeating: false, count: scanner.patternRules.count)
    }

    func scan(_ file: SourceFile) -> [Finding] {
        let languages = Language.languages(ofPath: file.path)
        var candidates: [(rule: Int, language: Language)] = []
        var seen = Set<Int>()
        for language in languages {
            for index in scanner.rulesByLanguage[language] ?? [] where seen.insert(index).inserted {
                candidates.append((index, language))
            }
        }
        for index in scanner.genericRules where seen.insert(index).inserted { candidates.append((index, .generic)) }
        candidates.removeAll { !scanner.patternRules[$0.rule].applies(to: file.path) }
        guard !candidates.isEmpty else { return [] }

        if candidates.contains(where: { !scanner.patternRules[$0.rule].keywords.isEmpty }), let keywordSet = scanner.keywordSet {
            for index in keywordHit.indices { keywordHit[index] = false }
            keywordSet.scan(file.bytes) { keywordHit[$0] = true }
            candidates.removeAll { !scanner.patternRules[$0.rule].keywords.isEmpty && !keywordHit[$0.rule] }
            guard !candidates.isEmpty else { return [] }
        }

        var texts = MaskedTexts(file: file, syntax: (languages.first ?? .generic).syntax)
        var builder = CodeFindingBuilder(file: file)
        for (index, language) in candidates {
            let rule = scanner.patternRules[index]
            let masked = language == .generic ? texts.original() : texts.masked(strings: rule.maskStrings)
            let found = masked.withUnsafeBytes { evaluator.candidates(of: rule.clause, in: $0) }
            for candidate in found { builder.add(rule: rule, candidate: candidate, language: language) }
        }
        return builder.findings
    }
}

/// The file's text with comments, or comments and strings, blanked out; computed on first use.
struct MaskedTexts {
    let file: SourceFile
    let syntax: LanguageSyntax
    private var spans: MaskSpans?
    private var commentsOnly: [UInt8]?
    private var commentsAndStrings: [UInt8]?

    init(file: SourceFile, syntax: LanguageSyntax) {
        self.file = file
        self.syntax = syntax
    }

    private var originalCopy: [UInt8]?

    /// The unmasked text, for `generic` rules.
    mutating func original() -> [UInt8] {
        if let originalCopy { return originalCopy }
        let copy = Array(file.bytes)
        originalCopy = copy
        return copy
    }

    mutating func masked(strings: Bool) -> [UInt8] {
        if strings, let commentsAndStrings { return commentsAndStrings }
        if !strings, let commentsOnly { return commentsOnly }
        let spans = spans ?? SourceMasker.spans(in: file.bytes, syntax: syntax)
        self.spans = spans
        if strings {
            let text = SourceMasker.masked(file.bytes, blanking: [spans.comments, spans.strings])
            commentsAndStrings = text
            return text
        }
        let text = SourceMasker.masked(file.bytes, blanking: [spans.comments])
        commentsOnly = text
        return text
    }
}
