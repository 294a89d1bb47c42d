import SwiftSyntax
import WardCore

/// SwiftUI `@AppStorage` / `@SceneStorage` properties holding credentials: both persist in clear.
struct SwiftAppStorageCredentialRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-appstorage-credential",
        title: "Credential kept in @AppStorage",
        summary: "An @AppStorage or @SceneStorage property holds a password, token or key. @AppStorage writes to UserDefaults and @SceneStorage to the state-restoration archive, both unencrypted files in the app container that are copied into backups.",
        kind: .code, severity: .high, confidence: .high, cwe: [312, 922],
        owasp: ["MASVS-STORAGE", "A02:2021"],
        remediation: "Load the credential from the Keychain when it is needed (a small Keychain wrapper or property wrapper), and keep @AppStorage for non-secret preferences.",
        tags: ["swift", "ios", "swiftui", "storage"],
        triggeringExamples: [
            Example("struct Login: View {\n    ↓@AppStorage(\"authToken\") var token = \"\"\n}"),
            Example("↓@AppStorage(\"k1\") private var password: String = \"\""),
            Example("↓@SceneStorage(\"draftPin\") var draft = \"\""),
        ],
        nonTriggeringExamples: [
            Example("@AppStorage(\"theme\") var theme = \"dark\""),
            Example("@AppStorage(\"hasSeenPasswordTip\") var hasSeenPasswordTip = false"),
            Example("@State private var password = \"\""),
        ])

    static let nodeKinds: [SyntaxKind] = [.attribute]
    static let requiredText: [[RequiredText]] = [["AppStorage", "SceneStorage"], SwiftNameWords.credentialText + RequiredText.literalEscapes]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let attribute = node.as(AttributeSyntax.self),
              ["AppStorage", "SceneStorage"].contains(attribute.attributeName.trimmedDescription) else { return }
        var names: [String] = []
        if case .argumentList(let arguments)? = attribute.arguments, let key = arguments.first?.expression.staticString {
            names.append(key)
        }
        if let variable = attribute.parent?.parent?.as(VariableDeclSyntax.self) {
            names += variable.bindings.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text }
        }
        if names.contains(where: SwiftNameWords.namesCredential) { context.report(attribute) }
    }
}
