import SwiftSyntax
import WardCore

/// MD5 and SHA-1 used where the surrounding names show a security purpose.
struct SwiftWeakHashRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-weak-hash-for-security",
        title: "MD5 or SHA-1 used for a security purpose",
        summary: "CC_MD5, CC_SHA1, Insecure.MD5 or Insecure.SHA1 hashes a password, token, signature or similar. Both algorithms have practical collision attacks and are fast enough to brute-force passwords. To keep false positives low the rule only fires when the statement or the enclosing function names a security purpose (password, token, signature, HMAC, nonce...); checksums and cache keys stay quiet.",
        kind: .code, severity: .medium, confidence: .medium, cwe: [328, 327],
        owasp: ["MASVS-CRYPTO", "A02:2021"],
        remediation: "Use SHA256/SHA512 from CryptoKit for integrity and signatures, HMAC<SHA256> for message authentication, and a slow password hash (PBKDF2 with a high iteration count, scrypt or Argon2) for passwords.",
        tags: ["swift", "crypto"],
        triggeringExamples: [
            Example("let passwordHash = ↓Insecure.MD5.hash(data: Data(password.utf8))"),
            Example("""
            func sign(_ message: Data) -> [UInt8] {
                var digest = [UInt8](repeating: 0, count: 20)
                message.withUnsafeBytes { _ = ↓CC_SHA1($0.baseAddress, CC_LONG(message.count), &digest) }
                return digest
            }
            """),
            Example("let tokenDigest = ↓Insecure.SHA1.hash(data: Data(token.utf8))"),
        ],
        nonTriggeringExamples: [
            Example("let cacheKey = Insecure.MD5.hash(data: Data(url.absoluteString.utf8))"),
            Example("let passwordHash = SHA256.hash(data: Data(password.utf8))"),
            Example("func etag(for body: Data) -> String { Insecure.SHA1.hash(data: body).description }"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr, .memberAccessExpr]
    /// `MD5` / `SHA1` are part of `CC_MD5` / `CC_SHA1` too.
    static let requiredText: [[RequiredText]] = [["MD5", "SHA1"], SwiftNameWords.securityText]

    private static let commonCryptoNames: Set<String> = ["CC_MD5", "CC_SHA1"]
    private static let insecureNames: Set<String> = ["MD5", "SHA1"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        if let call = node.as(FunctionCallExprSyntax.self) {
            guard let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
                  Self.commonCryptoNames.contains(callee.baseName.text) else { return }
        } else if let member = node.as(MemberAccessExprSyntax.self) {
            guard Self.insecureNames.contains(member.declName.baseName.text),
                  member.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "Insecure" else { return }
        } else {
            return
        }
        if SwiftNameWords.suggestSecurity(node.securityContextNames) { context.report(node) }
    }
}
