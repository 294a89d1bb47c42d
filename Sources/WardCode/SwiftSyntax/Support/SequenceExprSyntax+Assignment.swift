import SwiftSyntax

extension SequenceExprSyntax {
    /// `target = value` when this sequence is a plain assignment (the parser leaves operators unfolded).
    var assignment: (target: ExprSyntax, value: ExprSyntax)? {
        guard elements.count == 3 else { return nil }
        let parts = Array(elements)
        guard parts[1].is(AssignmentExprSyntax.self) else { return nil }
        return (parts[0], parts[2])
    }

    /// True when the sequence uses the binary operator `symbol` anywhere at its top level.
    func uses(operator symbol: String) -> Bool {
        elements.contains { $0.as(BinaryOperatorExprSyntax.self)?.operator.text == symbol }
    }
}
