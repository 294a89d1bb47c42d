import SwiftSyntax
import WardCore

/// Runs the Swift syntax-tree rules: each `.swift` file is parsed once and every rule sees that one tree.
public struct SwiftSyntaxScanner: FileScanner {
    /// Files larger than this (machine-generated sources) are not parsed, to bound memory per thread.
    public static let maximumFileSize = 16 << 20

    let syntaxRules: [any SwiftSyntaxRule]
    let descriptions: [RuleDescription]
    let rulesByKind: [SyntaxKind: [Int]]
    let prefilter: SwiftSyntaxPrefilter
    /// Off only in tests and benchmarks that compare against parsing every file.
    var prefiltering = true

    /// Prepares `rules`; two rules with the same id, an id that is not kebab-case, or a node kind the
    /// walker does not dispatch is an input error.
    public init(rules: [any SwiftSyntaxRule] = SwiftSyntaxRules.builtIn) throws(InputError) {
        var seen: Set<String> = []
        var byKind: [SyntaxKind: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            let description = type(of: rule).description
            guard RuleDescription.isValidIdentifier(description.id) else {
                throw InputError("Swift syntax rule id '\(description.id)' is not kebab-case")
            }
            guard seen.insert(description.id).inserted else {
                throw InputError("Swift syntax rule id '\(description.id)' is defined twice")
            }
            for kind in Set(type(of: rule).nodeKinds) {
                guard SwiftSyntaxRuleWalker.supportedKinds.contains(kind) else {
                    throw InputError("Swift syntax rule '\(description.id)' asks for \(kind) nodes, which the walker does not dispatch")
                }
                byKind[kind, default: []].append(index)
            }
        }
        syntaxRules = rules
        descriptions = rules.map { type(of: $0).description }
        rulesByKind = byKind
        prefilter = SwiftSyntaxPrefilter(rules.map { type(of: $0).requiredText })
    }

    public var kinds: [FindingKind] { [.code] }
    public var rules: [RuleDescription] { descriptions }

    public func makeWorker() -> any FileScanWorker { SwiftSyntaxScanWorker(scanner: self) }

    /// Whether a path is scanned at all.
    public static func applies(to path: String) -> Bool { path.hasSuffix(".swift") }
}
