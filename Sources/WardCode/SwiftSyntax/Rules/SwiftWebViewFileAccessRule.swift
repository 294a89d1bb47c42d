import SwiftSyntax
import WardCore

/// WKWebView private settings that let pages loaded from files read other files.
struct SwiftWebViewFileAccessRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-webview-file-url-access",
        title: "WebView lets file URLs read other files",
        summary: "allowFileAccessFromFileURLs or allowUniversalAccessFromFileURLs is switched on through setValue(true, forKey:). Script in any page loaded from a file URL can then read other local files (tokens, databases, cookies) or send them to any origin.",
        kind: .code, severity: .high, confidence: .high, cwe: [200, 749],
        owasp: ["MASVS-PLATFORM", "A01:2021"],
        remediation: "Leave both settings off. Load local content with loadFileURL(_:allowingReadAccessTo:) scoped to the one directory it needs, or serve it through a WKURLSchemeHandler.",
        tags: ["swift", "ios", "webview"],
        triggeringExamples: [
            Example("↓configuration.preferences.setValue(true, forKey: \"allowFileAccessFromFileURLs\")"),
            Example("↓config.setValue(true, forKey: \"allowUniversalAccessFromFileURLs\")"),
        ],
        nonTriggeringExamples: [
            Example("configuration.preferences.setValue(false, forKey: \"allowFileAccessFromFileURLs\")"),
            Example("configuration.preferences.setValue(true, forKey: \"developerExtrasEnabled\")"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    static let requiredText: [[RequiredText]] = [["setValue"], keys.sorted().map { RequiredText($0, .exact) } + RequiredText.literalEscapes]

    private static let keys: Set<String> = ["allowFileAccessFromFileURLs", "allowUniversalAccessFromFileURLs"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), call.calleeName == "setValue",
              call.argument(at: 0)?.expression.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true),
              let key = call.argument(labeled: "forKey")?.expression.staticString, Self.keys.contains(key) else { return }
        context.report(call)
    }
}
