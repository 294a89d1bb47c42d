import SwiftSyntax
import WardCore

/// Initialisation vectors and nonces that are constants instead of fresh random values.
struct SwiftHardcodedIVRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-hardcoded-iv",
        title: "Hard-coded initialisation vector or nonce",
        summary: "An IV or nonce is a literal: a constant named iv / nonce / initializationVector, a literal passed as CCCrypt's IV, or AES.GCM.Nonce / ChaChaPoly.Nonce built from a literal. Reusing an IV makes CBC leak equal message prefixes and lets an attacker recover plaintext and forge messages under GCM or ChaCha20-Poly1305.",
        kind: .code, severity: .high, confidence: .high, cwe: [329, 1204],
        owasp: ["MASVS-CRYPTO", "A02:2021"],
        remediation: "Generate a fresh IV or nonce for every message (SecRandomCopyBytes, or let AES.GCM.seal create the nonce) and send it alongside the ciphertext; it need not be secret, only unique and unpredictable.",
        tags: ["swift", "crypto"],
        triggeringExamples: [
            Example("let ↓iv = \"0123456789abcdef\""),
            Example("private let ↓initializationVector: [UInt8] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]"),
            Example("let ↓ivData = Data(repeating: 0, count: kCCBlockSizeAES128)"),
            Example("let nonce = try ↓AES.GCM.Nonce(data: Data([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))"),
            Example("CCCrypt(op, alg, options, key, keyLength, ↓\"abcdefghijklmnop\", input, inputLength, output, outputLength, &moved)"),
        ],
        nonTriggeringExamples: [
            Example("var iv = [UInt8](repeating: 0, count: 16)\n_ = SecRandomCopyBytes(kSecRandomDefault, iv.count, &iv)"),
            Example("let nonce = AES.GCM.Nonce()"),
            Example("let ivory = \"#FFFFF0\""),
            Example("let sealed = try AES.GCM.seal(plain, using: key)"),
        ])

    static let nodeKinds: [SyntaxKind] = [.patternBinding, .functionCallExpr]
    /// `Nonce(data:)` is covered by the word `nonce`.
    static let requiredText: [[RequiredText]] = [[.word("iv"), .word("nonce"), .word("initialization"), "CCCrypt"]]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        if let binding = node.as(PatternBindingSyntax.self) {
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier, Self.namesIV(name.text),
                  let value = binding.initializer?.value, let literal = SwiftExpressionShape.literalData(in: value) else { return }
            // `var iv = [UInt8](repeating: 0, count: 16)` is a buffer about to be filled with random bytes.
            if binding.parent?.parent?.as(VariableDeclSyntax.self)?.bindingSpecifier.tokenKind == .keyword(.var),
               literal.is(FunctionCallExprSyntax.self) { return }
            context.report(name, secret: literal.is(FunctionCallExprSyntax.self) ? nil : literal)
        } else if let call = node.as(FunctionCallExprSyntax.self) {
            if call.calleeName == "Nonce", let data = call.argument(labeled: "data"),
               let literal = SwiftExpressionShape.literalData(in: data.expression) {
                context.report(call, secret: literal.is(FunctionCallExprSyntax.self) ? nil : literal)
            } else if call.calleeName == "CCCrypt", let iv = call.argument(at: 5),
                      let literal = SwiftExpressionShape.literalData(in: iv.expression) {
                context.report(iv.expression, secret: literal.is(FunctionCallExprSyntax.self) ? nil : literal)
            }
        }
    }

    private static func namesIV(_ name: String) -> Bool {
        let words = SwiftNameWords.words(name)
        if words.contains("iv") || words.contains("nonce") { return true }
        return zip(words, words.dropFirst()).contains { $0 == "initialization" && $1 == "vector" }
    }
}
