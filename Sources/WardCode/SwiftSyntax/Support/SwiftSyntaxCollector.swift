import SwiftSyntax

/// Collects the nodes of one type inside a subtree, for rules that look inside a function body.
final class SwiftSyntaxCollector<Node: SyntaxProtocol>: SyntaxAnyVisitor {
    private(set) var nodes: [Node] = []

    private init() { super.init(viewMode: .sourceAccurate) }

    /// Every node of type `Node` in `root`, in source order.
    static func collect(in root: some SyntaxProtocol) -> [Node] {
        let collector = SwiftSyntaxCollector<Node>()
        collector.walk(root)
        return collector.nodes
    }

    override func visitAny(_ node: Syntax) -> SyntaxVisitorContinueKind {
        if let match = node.as(Node.self) { nodes.append(match) }
        return .visitChildren
    }
}
