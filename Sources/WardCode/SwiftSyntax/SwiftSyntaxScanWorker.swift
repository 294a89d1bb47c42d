import SwiftParser
import SwiftSyntax
import WardCore

/// One thread's Swift syntax scanner.
final class SwiftSyntaxScanWorker: FileScanWorker {
    private let scanner: SwiftSyntaxScanner
    private var scratch = SwiftSyntaxPrefilter.Scratch()
    /// How many files this worker has parsed: lets tests prove that a file is parsed once for all
    /// rules, and not at all when no rule's required text occurs in it.
    private(set) var parseCount = 0

    init(scanner: SwiftSyntaxScanner) { self.scanner = scanner }

    func scan(_ file: SourceFile) -> [Finding] {
        guard SwiftSyntaxScanner.applies(to: file.path), file.bytes.count <= SwiftSyntaxScanner.maximumFileSize else { return [] }
        var rulesByKind = scanner.rulesByKind
        if scanner.prefiltering {
            let applicable = scanner.prefilter.applicableRules(in: file.bytes, scratch: &scratch)
            guard !applicable.isEmpty else { return [] }
            if applicable.count < scanner.syntaxRules.count {
                var isApplicable = [Bool](repeating: false, count: scanner.syntaxRules.count)
                for rule in applicable { isApplicable[rule] = true }
                rulesByKind = rulesByKind.mapValues { $0.filter { isApplicable[$0] } }
            }
        }
        // The parser recovers from errors (missing braces, stray tokens) and caps nesting depth, so a
        // broken or hostile file still yields a tree whose valid parts are checked.
        let tree = file.bytes.withMemoryRebound(to: UInt8.self) { Parser.parse(source: $0) }
        parseCount += 1
        let context = SwiftSyntaxContext()
        SwiftSyntaxRuleWalker(rules: scanner.syntaxRules, rulesByKind: rulesByKind, context: context).walk(tree)
        guard !context.reports.isEmpty else { return [] }
        return SwiftSyntaxFindingBuilder(file: file, descriptions: scanner.descriptions).findings(for: context.reports)
    }
}
