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
    /// Text a file must contain for the rule to possibly fire: every group needs one of its texts.
    /// It must be sound (a file the rule reports on always contains it), since a file that lacks the
    /// text of every rule is not even parsed. List the rarest group first: it is searched first.
    static var requiredText: [[RequiredText]] { get }
    init()
    /// Looks at one node of a kind listed in `nodeKinds` and reports what it finds to `context`.
    func check(_ node: Syntax, in context: SwiftSyntaxContext)
}
