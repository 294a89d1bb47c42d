import SwiftSyntax
import WardCore

/// A rule that inspects the Swift syntax tree; it carries its own description and examples.
///
/// The scanner walks each file's tree once and hands a rule only the nodes of the kinds it asks
/// for, so a rule never walks the whole tree itself; it may look at the node's children or parents.
public protocol SwiftSyntaxRule: Sendable {
    /// The rule's id, title, severity, CWE, MASVS / OWASP categories, remediation and examples.
    static var description: RuleDescription { get }
    /// The node kinds the rule wants to see; every other node is never shown to it.
    static var nodeKinds: [SyntaxKind] { get }
    init()
    /// Looks at one node of a kind listed in `nodeKinds` and reports what it finds to `context`.
    func check(_ node: Syntax, in context: SwiftSyntaxContext)
}
