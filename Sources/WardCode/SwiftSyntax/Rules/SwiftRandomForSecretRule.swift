import SwiftSyntax
import WardCore

/// General-purpose random numbers building tokens, passwords, keys or nonces.
struct SwiftRandomForSecretRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-random-for-secret",
        title: "General-purpose random numbers used for a secret",
        summary: "arc4random, Int.random, randomElement, rand, random or drand48 produces a value for something named like a token, password, PIN, key, nonce or salt. rand / random / drand48 are predictable; arc4random and the standard generator are strong on Apple platforms but element-by-element generation invites modulo bias and is hard to audit. Low confidence: review which generator is behind it.",
        kind: .code, severity: .low, confidence: .low, cwe: [330, 338],
        owasp: ["MASVS-CRYPTO", "A02:2021"],
        remediation: "Build secrets from SecRandomCopyBytes (or SymmetricKey(size:) for keys) and encode the bytes (base64url, hex); never use rand, random or drand48 for anything an attacker must not guess.",
        tags: ["swift", "crypto"],
        triggeringExamples: [
            Example("let token = (0..<32).map { _ in String(↓alphabet.randomElement()!) }.joined()"),
            Example("let pin = String(format: \"%04d\", ↓arc4random_uniform(10_000))"),
            Example("let sessionId = ↓Int.random(in: 0..<Int.max)"),
            Example("func makeNonce() -> UInt32 { ↓arc4random() }"),
        ],
        nonTriggeringExamples: [
            Example("let delay = Double.random(in: 0.5...1.5)"),
            Example("let tile = tiles.randomElement()"),
            Example("func testSigning() {\n    let flip = UInt8.random(in: 1...255)\n}"),
            Example("var bytes = [UInt8](repeating: 0, count: 32)\n_ = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes)"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    /// `rand` is part of every C function name and of `random` / `randomElement`.
    static let requiredText: [[RequiredText]] = [["rand"], SwiftNameWords.credentialText + secretWords.sorted().map(RequiredText.word)]

    private static let cFunctions: Set<String> = ["arc4random", "arc4random_uniform", "rand", "random", "drand48", "lrand48"]
    /// Names of values that must be unguessable. Signing or verifying code uses random numbers for
    /// padding and test data too, so `sign` / `verify` alone do not count here.
    private static let secretWords: Set<String> = ["key", "iv", "nonce", "salt", "session", "seed", "challenge", "otp"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), let name = call.calleeName else { return }
        let isRandom: Bool
        if call.calledExpression.is(DeclReferenceExprSyntax.self) {
            isRandom = Self.cFunctions.contains(name)
        } else {
            isRandom = name == "randomElement" || (name == "random" && call.argument(labeled: "in") != nil)
        }
        guard isRandom else { return }
        let names = call.securityContextNames.filter { $0 != name }
        let security = names.contains { name in
            let words = SwiftNameWords.words(name)
            return SwiftNameWords.containsCredential(words) || words.contains(where: Self.secretWords.contains)
        }
        if security { context.report(call) }
    }
}
