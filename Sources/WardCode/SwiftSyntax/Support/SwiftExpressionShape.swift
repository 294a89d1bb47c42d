import SwiftSyntax

/// Recognises the expression shapes several rules share: constant bytes and strings built at run time.
enum SwiftExpressionShape {
    /// Initialisers that wrap constant bytes without changing that they are constant.
    private static let byteWrappers: Set<String> = ["Data", "Array", "[UInt8]", "Array<UInt8>", "ContiguousArray", "NSData"]

    /// The literal a byte value is built from: `"k"` in `Data("k".utf8)`, the array in `[0x01, 0x02]`,
    /// the call in `Data(repeating: 0, count: 16)`. Nil when any part comes from a variable.
    static func literalData(in expression: ExprSyntax) -> ExprSyntax? {
        var current = expression.unwrapped
        // A fixed number of peeling steps: `Data(Array("k".utf8))` needs three, hostile nesting gets nil.
        for _ in 0..<8 {
            if let string = current.as(StringLiteralExprSyntax.self) {
                return string.interpolatedExpressions.isEmpty && !(string.representedLiteralValue ?? "").isEmpty ? current : nil
            }
            if let array = current.as(ArrayExprSyntax.self) {
                let constant = !array.elements.isEmpty && array.elements.allSatisfy {
                    $0.expression.is(IntegerLiteralExprSyntax.self) || $0.expression.is(StringLiteralExprSyntax.self)
                }
                return constant ? current : nil
            }
            if let member = current.as(MemberAccessExprSyntax.self), ["utf8", "utf16"].contains(member.declName.baseName.text),
               let base = member.base {
                current = base.unwrapped
                continue
            }
            guard let call = current.as(FunctionCallExprSyntax.self) else { return nil }
            if call.calleeName == "data", let base = call.calleeBase, base.unwrapped.is(StringLiteralExprSyntax.self) {
                current = base.unwrapped
                continue
            }
            guard byteWrappers.contains(call.calledExpression.trimmedDescription), let first = call.arguments.first else { return nil }
            if first.label?.text == "repeating" {
                return first.expression.is(IntegerLiteralExprSyntax.self) ? current : nil
            }
            guard first.label == nil || first.label?.text == "base64Encoded" || first.label?.text == "bytes" else { return nil }
            current = first.expression.unwrapped
        }
        return nil
    }

    /// True when a string is assembled at run time from parts: interpolation, `+` with a variable,
    /// or `String(format:)`.
    static func isBuiltString(_ expression: ExprSyntax) -> Bool {
        let expression = expression.unwrapped
        if let literal = expression.as(StringLiteralExprSyntax.self) {
            return literal.interpolatedExpressions.contains { !$0.is(IntegerLiteralExprSyntax.self) }
        }
        if let sequence = expression.as(SequenceExprSyntax.self), sequence.uses(operator: "+") {
            return sequence.elements.contains { element in
                !element.is(BinaryOperatorExprSyntax.self) && !(element.as(StringLiteralExprSyntax.self)?.interpolatedExpressions.isEmpty ?? false)
            }
        }
        if let call = expression.as(FunctionCallExprSyntax.self), call.calledExpression.trimmedDescription == "String",
           call.argument(labeled: "format") != nil {
            return true
        }
        return false
    }

    /// The initial value of the local constant or variable `name` in the function around `node`
    /// (or the type or file when there is no function), if it is declared there with one.
    static func initialValue(of name: String, around node: some SyntaxProtocol) -> ExprSyntax? {
        let scope = node.enclosingFunction ?? node.enclosingTypeOrFile
        let bindings = SwiftSyntaxCollector<PatternBindingSyntax>.collect(in: scope)
        return bindings.last { binding in
            binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text == name
                && binding.positionAfterSkippingLeadingTrivia < node.positionAfterSkippingLeadingTrivia
        }?.initializer?.value
    }

    /// The expression itself, or the initial value of the local it names.
    static func resolved(_ expression: ExprSyntax) -> ExprSyntax {
        guard let reference = expression.unwrapped.as(DeclReferenceExprSyntax.self),
              let value = initialValue(of: reference.baseName.text, around: expression) else { return expression }
        return value
    }
}
