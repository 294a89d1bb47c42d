import SwiftSyntax
import SwiftParser

extension FunctionCallExprSyntax {
    /// The called name: `f` for `f(x)`, `set` for `defaults.set(x)`, `URL` for `URL(string:)`.
    var calleeName: String? {
        if let reference = calledExpression.as(DeclReferenceExprSyntax.self) { return reference.baseName.text }
        if let member = calledExpression.as(MemberAccessExprSyntax.self) { return member.declName.baseName.text }
        return nil
    }

    /// What a method is called on: `UserDefaults.standard` for `UserDefaults.standard.set(x)`.
    var calleeBase: ExprSyntax? { calledExpression.as(MemberAccessExprSyntax.self)?.base }

    func argument(labeled label: String) -> LabeledExprSyntax? {
        arguments.first { $0.label?.text == label }
    }

    func argument(at index: Int) -> LabeledExprSyntax? {
        guard index >= 0, index < arguments.count else { return nil }
        return arguments[arguments.index(arguments.startIndex, offsetBy: index)]
    }
}

extension ExprSyntax {
    /// The expression without the wrappers that do not change which value it names: `x!`, `x?`, `(x)`, `x as T`.
    var unwrapped: ExprSyntax {
        var current = self
        // Bounded by the parser's nesting limit; a loop rather than recursion all the same.
        while true {
            if let force = current.as(ForceUnwrapExprSyntax.self) { current = force.expression }
            else if let optional = current.as(OptionalChainingExprSyntax.self) { current = optional.expression }
            else if let tuple = current.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first { current = only.expression }
            else if let cast = current.as(AsExprSyntax.self) { current = cast.expression }
            // The parser leaves operators unfolded: `x as String` is the sequence `x`, `as`, `String`.
            else if let sequence = current.as(SequenceExprSyntax.self), sequence.elements.count == 3,
                    sequence.elements.dropFirst().first?.is(UnresolvedAsExprSyntax.self) == true,
                    let first = sequence.elements.first { current = first }
            else { return current }
        }
    }

    /// The last name an expression refers to: `password` for `password`, `user.password` or `self.password!`.
    var referencedName: String? {
        let expression = unwrapped
        if let reference = expression.as(DeclReferenceExprSyntax.self) { return reference.baseName.text }
        if let member = expression.as(MemberAccessExprSyntax.self) { return member.declName.baseName.text }
        return nil
    }

    /// True when the expression is a variable or property whose name says it holds a credential.
    var namesCredential: Bool {
        referencedName.map(SwiftNameWords.namesCredential) ?? false
    }

    /// The text of a string literal without interpolation, e.g. `http://x` for `"http://x"`.
    var staticString: String? {
        unwrapped.as(StringLiteralExprSyntax.self)?.representedLiteralValue
    }
}

extension StringLiteralExprSyntax {
    /// The expressions interpolated into the literal, in order.
    var interpolatedExpressions: [ExprSyntax] {
        segments.flatMap { segment -> [ExprSyntax] in
            guard case .expressionSegment(let interpolation) = segment else { return [] }
            return interpolation.expressions.map(\.expression)
        }
    }

    /// Interpolations with a redacting privacy argument (`\(token, privacy: .private)`) left out.
    var unredactedInterpolations: [ExprSyntax] {
        segments.flatMap { segment -> [ExprSyntax] in
            guard case .expressionSegment(let interpolation) = segment else { return [] }
            let privacy = interpolation.expressions.first { $0.label?.text == "privacy" }?.expression.trimmedDescription ?? ""
            if privacy.contains("private") || privacy.contains("sensitive") { return [] }
            return interpolation.expressions.filter { $0.label == nil }.map(\.expression)
        }
    }

    /// The literal text before the first interpolation.
    var leadingText: String {
        guard case .stringSegment(let first)? = segments.first else { return "" }
        return first.content.text
    }
}

extension SyntaxProtocol {
    /// Every identifier written in this subtree, in order.
    var identifierNames: [String] {
        tokens(viewMode: .sourceAccurate).compactMap { token in
            if case .identifier(let name) = token.tokenKind { return name }
            return nil
        }
    }

    /// The statement, declaration or member this node is part of.
    var enclosingStatement: Syntax {
        var current = Syntax(self)
        while let parent = current.parent {
            if parent.is(CodeBlockItemSyntax.self) || parent.is(MemberBlockItemSyntax.self) { return parent }
            current = parent
        }
        return current
    }

    /// The nearest function, initializer or closure-free accessor around this node.
    var enclosingFunction: Syntax? {
        var current = parent
        while let node = current {
            if node.is(FunctionDeclSyntax.self) || node.is(InitializerDeclSyntax.self) || node.is(AccessorDeclSyntax.self) { return node }
            current = node.parent
        }
        return nil
    }

    /// The name of the enclosing function (`init` for initializers), if any.
    var enclosingFunctionName: String? {
        guard let function = enclosingFunction else { return nil }
        if let declaration = function.as(FunctionDeclSyntax.self) { return declaration.name.text }
        if function.is(InitializerDeclSyntax.self) { return "init" }
        return function.as(AccessorDeclSyntax.self)?.accessorSpecifier.text
    }

    /// The nearest type declaration, or the source file when the node is at top level.
    var enclosingTypeOrFile: Syntax {
        var current = Syntax(self)
        while let parent = current.parent {
            if parent.is(ClassDeclSyntax.self) || parent.is(StructDeclSyntax.self) || parent.is(ActorDeclSyntax.self)
                || parent.is(ExtensionDeclSyntax.self) || parent.is(EnumDeclSyntax.self) { return parent }
            current = parent
        }
        return current
    }

    /// Identifiers of the statement around this node (climbing out of closures, so the `map` that
    /// builds a `token` counts) plus the enclosing function's name: the context that tells whether a
    /// hash or a random number serves a security purpose.
    var securityContextNames: [String] {
        var statement = enclosingStatement
        while let list = statement.parent, list.is(CodeBlockItemListSyntax.self), let closure = list.parent,
              closure.is(ClosureExprSyntax.self) {
            statement = closure.enclosingStatement
        }
        var names = statement.identifierNames
        if let function = enclosingFunctionName { names.append(function) }
        return names
    }

    /// True when the node is compared (`==`, `!=`) or matched in a `case`: reading a constant, not using it.
    var isComparedOrMatched: Bool {
        var current = parent
        while let node = current, !node.is(CodeBlockItemSyntax.self), !node.is(MemberBlockItemSyntax.self) {
            if node.is(SwitchCaseLabelSyntax.self) { return true }
            if let sequence = node.as(SequenceExprSyntax.self),
               sequence.elements.contains(where: { ["==", "!=", "~=", "===", "!=="].contains($0.as(BinaryOperatorExprSyntax.self)?.operator.text ?? "") }) {
                return true
            }
            current = node.parent
        }
        return false
    }
}
