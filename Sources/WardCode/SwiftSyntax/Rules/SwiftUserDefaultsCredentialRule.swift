import SwiftSyntax
import WardCore

/// Credentials written to `UserDefaults`, which is a plain property list readable from backups.
struct SwiftUserDefaultsCredentialRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-userdefaults-credential",
        title: "Credential stored in UserDefaults",
        summary: "A password, token, PIN or key is written to UserDefaults. Defaults are an unencrypted property list in the app container: they end up in device backups and can be read on a jailbroken or forensically imaged device.",
        kind: .code, severity: .high, confidence: .high, cwe: [312, 922],
        owasp: ["MASVS-STORAGE", "A02:2021"],
        remediation: "Keep credentials in the Keychain with an accessibility class such as kSecAttrAccessibleWhenUnlockedThisDeviceOnly, and store only non-secret preferences in UserDefaults.",
        tags: ["swift", "ios", "storage"],
        triggeringExamples: [
            Example("↓UserDefaults.standard.set(password, forKey: \"password\")"),
            Example("↓UserDefaults(suiteName: \"group.example.bank\")?.set(session.accessToken, forKey: \"at\")"),
            Example("let defaults = UserDefaults.standard\n↓defaults.set(value, forKey: \"authToken\")"),
            Example("↓UserDefaults.standard.setValue(pin, forKey: Keys.userPin)"),
        ],
        nonTriggeringExamples: [
            Example("UserDefaults.standard.set(true, forKey: \"hasSeenOnboarding\")"),
            Example("UserDefaults.standard.set(tokenCount, forKey: \"launchCount\")"),
            Example("keychain.set(password, forKey: \"password\")"),
            Example("UserDefaults.standard.set(false, forKey: \"isTokenExpired\")"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    /// `UserDefaults` as a substring too: `isDefaults` accepts any base whose text contains it.
    static let requiredText: [[RequiredText]] = [["forKey"], ["UserDefaults", .word("defaults")], SwiftNameWords.credentialText + RequiredText.literalEscapes]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), let name = call.calleeName, name == "set" || name == "setValue",
              let key = call.argument(labeled: "forKey"), let value = call.argument(at: 0), value.label == nil,
              let base = call.calleeBase, Self.isDefaults(base) else { return }
        let keyNamesCredential = key.expression.staticString.map(SwiftNameWords.namesCredential)
            ?? key.expression.namesCredential
        guard value.expression.namesCredential || keyNamesCredential else { return }
        if value.expression.is(BooleanLiteralExprSyntax.self) || value.expression.is(IntegerLiteralExprSyntax.self) { return }
        let literal = value.expression.unwrapped.as(StringLiteralExprSyntax.self)
        context.report(call, secret: literal)
    }

    /// `UserDefaults.standard`, `UserDefaults(suiteName:)`, or a variable named like `defaults`.
    private static func isDefaults(_ base: ExprSyntax) -> Bool {
        if base.trimmedDescription.contains("UserDefaults") { return true }
        return base.referencedName.map { SwiftNameWords.words($0).contains("defaults") } ?? false
    }
}
