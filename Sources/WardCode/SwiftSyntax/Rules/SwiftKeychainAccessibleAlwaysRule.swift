import SwiftSyntax
import WardCore

/// Keychain items made readable while the device is locked, through the deprecated "Always" classes.
struct SwiftKeychainAccessibleAlwaysRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-keychain-accessible-always",
        title: "Keychain item accessible while the device is locked",
        summary: "A Keychain attribute dictionary (for SecItemAdd or SecItemUpdate) uses kSecAttrAccessibleAlways or kSecAttrAccessibleAlwaysThisDeviceOnly. Such items are not protected by the passcode: anyone holding the locked device can read them. Apple deprecated both classes. Any use of the constant as a value is reported; comparisons and case labels are not.",
        kind: .code, severity: .high, confidence: .high, cwe: [311, 522],
        owasp: ["MASVS-STORAGE", "A02:2021"],
        remediation: "Use kSecAttrAccessibleWhenUnlockedThisDeviceOnly (or AfterFirstUnlockThisDeviceOnly for items a background task needs), so the item is encrypted with a key derived from the passcode.",
        tags: ["swift", "ios", "keychain"],
        triggeringExamples: [
            Example("let query: [String: Any] = [\n    kSecClass as String: kSecClassGenericPassword,\n    kSecAttrAccessible as String: ↓kSecAttrAccessibleAlways,\n]\nSecItemAdd(query as CFDictionary, nil)"),
            Example("query[kSecAttrAccessible as String] = ↓kSecAttrAccessibleAlwaysThisDeviceOnly\nSecItemUpdate(query as CFDictionary, attributes as CFDictionary)"),
            Example("let access = SecAccessControlCreateWithFlags(nil, ↓kSecAttrAccessibleAlways, [], nil)"),
        ],
        nonTriggeringExamples: [
            Example("let query: [String: Any] = [kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly]"),
            Example("if accessibility == kSecAttrAccessibleAlways { migrate(item) }"),
            Example("switch accessibility {\ncase kSecAttrAccessibleAlways: migrate(item)\ndefault: break\n}"),
        ])

    static let nodeKinds: [SyntaxKind] = [.declReferenceExpr]
    static let requiredText: [[RequiredText]] = [names.sorted().map { RequiredText($0, .exact) }]

    private static let names: Set<String> = ["kSecAttrAccessibleAlways", "kSecAttrAccessibleAlwaysThisDeviceOnly"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let reference = node.as(DeclReferenceExprSyntax.self), Self.names.contains(reference.baseName.text),
              !reference.isComparedOrMatched else { return }
        context.report(reference)
    }
}
