import SwiftSyntax
import WardCore

/// CommonCrypto configured with ECB mode or a broken cipher.
struct SwiftCommonCryptoWeakCipherRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-commoncrypto-weak-cipher",
        title: "CommonCrypto uses ECB mode or a broken cipher",
        summary: "CCCrypt or a CCCryptor is given kCCOptionECBMode, or the DES, 3DES, RC2 or RC4 algorithm. ECB encrypts equal blocks to equal ciphertext, leaking the structure of the data; DES keys are brute-forced in hours and RC4 / RC2 / 3DES have practical attacks. The constants exist only to configure CommonCrypto, so any use other than a comparison is reported.",
        kind: .code, severity: .high, confidence: .high, cwe: [327],
        owasp: ["MASVS-CRYPTO", "A02:2021"],
        remediation: "Use CryptoKit's AES.GCM or ChaChaPoly, which authenticate as well as encrypt. If CommonCrypto must stay, use kCCAlgorithmAES in CBC mode with a random IV per message plus an HMAC over the ciphertext.",
        tags: ["swift", "crypto"],
        triggeringExamples: [
            Example("CCCrypt(CCOperation(kCCEncrypt), CCAlgorithm(kCCAlgorithmAES), CCOptions(↓kCCOptionECBMode), key, keyLength, nil, input, inputLength, output, outputLength, &moved)"),
            Example("let status = CCCrypt(op, CCAlgorithm(↓kCCAlgorithmDES), options, key, 8, iv, data, count, out, size, &moved)"),
            Example("let options = CCOptions(kCCOptionPKCS7Padding | ↓kCCOptionECBMode)"),
        ],
        nonTriggeringExamples: [
            Example("CCCrypt(CCOperation(kCCEncrypt), CCAlgorithm(kCCAlgorithmAES), CCOptions(kCCOptionPKCS7Padding), key, keyLength, iv, input, inputLength, output, outputLength, &moved)"),
            Example("if algorithm == kCCAlgorithmDES { throw CryptoError.unsupported }"),
        ])

    static let nodeKinds: [SyntaxKind] = [.declReferenceExpr]
    static let requiredText: [[RequiredText]] = [weak.sorted().map { RequiredText($0, .exact) }]

    private static let weak: Set<String> = [
        "kCCOptionECBMode", "kCCAlgorithmDES", "kCCAlgorithm3DES", "kCCAlgorithmRC2", "kCCAlgorithmRC4", "kCCModeECB", "kCCModeRC4",
    ]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let reference = node.as(DeclReferenceExprSyntax.self), Self.weak.contains(reference.baseName.text),
              !reference.isComparedOrMatched else { return }
        context.report(reference)
    }
}
