import SwiftSyntax
import WardCore

/// Credentials placed on the general pasteboard, which every app (and Universal Clipboard) can read.
struct SwiftPasteboardCredentialRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-pasteboard-credential",
        title: "Credential copied to the general pasteboard",
        summary: "A value named like a password, token, PIN or key is written to UIPasteboard.general. The general pasteboard is readable by any foreground app and synced to the user's other devices through Universal Clipboard.",
        kind: .code, severity: .medium, confidence: .high, cwe: [200, 359],
        owasp: ["MASVS-PLATFORM", "MASVS-STORAGE", "A01:2021"],
        remediation: "Avoid copying credentials. If the user must copy one, use setItems(_:options:) with .localOnly and a short .expirationDate so it neither syncs nor lingers.",
        tags: ["swift", "ios", "pasteboard"],
        triggeringExamples: [
            Example("↓UIPasteboard.general.string = password"),
            Example("↓UIPasteboard.general.string = account.recoveryToken"),
            Example("↓UIPasteboard.general.setValue(otp, forPasteboardType: UTType.plainText.identifier)"),
        ],
        nonTriggeringExamples: [
            Example("UIPasteboard.general.string = accountNumberMasked"),
            Example("UIPasteboard.general.setItems([[UTType.plainText.identifier: password]], options: [.localOnly: true, .expirationDate: expiry])"),
            Example("passwordField.text = UIPasteboard.general.string"),
        ])

    static let nodeKinds: [SyntaxKind] = [.sequenceExpr, .functionCallExpr]
    static let requiredText: [[RequiredText]] = [["UIPasteboard.general"], SwiftNameWords.credentialText]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        if let sequence = node.as(SequenceExprSyntax.self) {
            guard let (target, value) = sequence.assignment, let member = target.as(MemberAccessExprSyntax.self),
                  ["string", "strings"].contains(member.declName.baseName.text),
                  let base = member.base, Self.isGeneralPasteboard(base) else { return }
            let credential = value.namesCredential
                || (value.as(ArrayExprSyntax.self)?.elements.contains { $0.expression.namesCredential } ?? false)
            if credential { context.report(target) }
        } else if let call = node.as(FunctionCallExprSyntax.self), call.calleeName == "setValue",
                  let base = call.calleeBase, Self.isGeneralPasteboard(base),
                  call.argument(at: 0)?.expression.namesCredential == true {
            context.report(call)
        }
    }

    private static func isGeneralPasteboard(_ expression: ExprSyntax) -> Bool {
        expression.trimmedDescription == "UIPasteboard.general"
    }
}
