import SwiftSyntax
import WardCore

/// CryptoKit keys built from bytes written in the source.
struct SwiftHardcodedSymmetricKeyRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-hardcoded-symmetric-key",
        title: "Symmetric key hard-coded in source",
        summary: "SymmetricKey(data:) is built from a string or byte literal (directly or through a local constant). The key ships inside every copy of the app binary, where it is easily extracted, so whatever it encrypts or authenticates is not protected.",
        kind: .code, severity: .high, confidence: .high, cwe: [321, 798],
        owasp: ["MASVS-CRYPTO", "A02:2021"],
        remediation: "Generate keys at run time with SymmetricKey(size: .bits256) and keep them in the Keychain or Secure Enclave, or derive them from user input with a KDF (HKDF, PBKDF2); never compile key material into the app.",
        tags: ["swift", "crypto"],
        triggeringExamples: [
            Example("let key = ↓SymmetricKey(data: Data(\"an-example-key-not-real-32-bytes\".utf8))"),
            Example("let key = ↓SymmetricKey(data: [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08])"),
            Example("func box() {\n    let material = \"example-key-material\"\n    let key = ↓SymmetricKey(data: Data(material.utf8))\n}"),
        ],
        nonTriggeringExamples: [
            Example("let key = SymmetricKey(size: .bits256)"),
            Example("let key = SymmetricKey(data: keychain.read(\"wrapKey\"))"),
            Example("func box(secret: Data) { let key = SymmetricKey(data: secret) }"),
            Example("var derived = Data(repeating: 0, count: 32)\nderive(into: &derived)\nlet key = SymmetricKey(data: derived)"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    static let requiredText: [[RequiredText]] = [["SymmetricKey"]]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), call.calleeName == "SymmetricKey",
              let data = call.argument(labeled: "data") else { return }
        if let literal = SwiftExpressionShape.literalData(in: data.expression) ?? Self.literalThroughLocal(data.expression) {
            context.report(call, secret: literal)
        }
    }

    /// `Data(material.utf8)` where `material` is a local `let` initialised with a literal. A `var`
    /// or a `Data(repeating:count:)` value is a buffer that a key derivation fills later, not a key.
    private static func literalThroughLocal(_ expression: ExprSyntax) -> ExprSyntax? {
        let names = expression.identifierNames.filter { !["Data", "utf8", "Array", "UInt8"].contains($0) }
        guard names.count == 1, let name = names.first,
              let value = SwiftExpressionShape.initialValue(of: name, around: expression),
              value.parent?.parent?.parent?.parent?.as(VariableDeclSyntax.self)?.bindingSpecifier.tokenKind == .keyword(.let),
              let literal = SwiftExpressionShape.literalData(in: value), !literal.is(FunctionCallExprSyntax.self) else { return nil }
        return literal
    }
}
