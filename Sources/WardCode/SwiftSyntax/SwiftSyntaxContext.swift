import SwiftSyntax
import WardCore

/// Where rules report what they find while one file's tree is walked.
public final class SwiftSyntaxContext {
    /// One reported place: the rule's index in the scanner, the byte range, and the literal holding
    /// a secret value that must be redacted from the snippet, if any.
    struct Report: Equatable {
        var rule: Int
        var start: Int
        var end: Int
        var secret: Range<Int>?
    }

    private(set) var reports: [Report] = []
    /// Rule index and start offset of every report, so a place is reported once in constant time.
    private var reported: Set<[Int]> = []
    var currentRule = 0

    init() {}

    /// Reports a finding of the current rule at `node`'s first token (leading trivia excluded).
    /// `secret` is the literal that holds a credential or key, so it is redacted and never kept.
    public func report(_ node: some SyntaxProtocol, secret: (some SyntaxProtocol)? = ExprSyntax?.none) {
        let start = node.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = max(node.endPositionBeforeTrailingTrivia.utf8Offset, start)
        let secretRange = secret.map(Self.valueRange)
        // A rule that sees nested nodes (a call inside a call) may reach one place twice; report it once.
        guard reported.insert([currentRule, start]).inserted else { return }
        reports.append(Report(rule: currentRule, start: start, end: end, secret: secretRange))
    }

    /// The bytes of a literal's value: a string literal's contents without quotes, any other node whole.
    private static func valueRange(_ node: some SyntaxProtocol) -> Range<Int> {
        if let string = node.as(StringLiteralExprSyntax.self) {
            let start = string.openingQuote.endPositionBeforeTrailingTrivia.utf8Offset
            return start..<max(start, string.closingQuote.positionAfterSkippingLeadingTrivia.utf8Offset)
        }
        return node.positionAfterSkippingLeadingTrivia.utf8Offset..<node.endPositionBeforeTrailingTrivia.utf8Offset
    }
}
