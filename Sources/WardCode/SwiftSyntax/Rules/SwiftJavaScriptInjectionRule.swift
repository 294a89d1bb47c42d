import SwiftSyntax
import WardCore

/// Script text assembled from values and run in a web view.
struct SwiftJavaScriptInjectionRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-webview-javascript-injection",
        title: "JavaScript built from values passed to evaluateJavaScript",
        summary: "evaluateJavaScript receives script text assembled with string interpolation, concatenation or String(format:), directly or through a local constant. A value containing a quote or </script> breaks out of the intended string and runs the attacker's script with the page's privileges and any native bridge the app exposes.",
        kind: .code, severity: .high, confidence: .medium, cwe: [94, 79],
        owasp: ["MASVS-PLATFORM", "A03:2021"],
        remediation: "Pass values as data rather than code: callAsyncJavaScript(_:arguments:in:in:) with an arguments dictionary, or post them as JSON through a WKScriptMessageHandler. If script text must be built, JSON-encode each value first.",
        tags: ["swift", "ios", "webview"],
        triggeringExamples: [
            Example("webView.evaluateJavaScript(↓\"showUser('\\(name)')\")"),
            Example("webView.evaluateJavaScript(↓\"render(\" + payload + \")\") { _, _ in }"),
            Example("func greet(_ user: String) {\n    let script = \"greet('\\(user)')\"\n    webView.evaluateJavaScript(↓script)\n}"),
        ],
        nonTriggeringExamples: [
            Example("webView.evaluateJavaScript(\"window.scrollTo(0, 0)\")"),
            Example("try await webView.callAsyncJavaScript(\"showUser(name)\", arguments: [\"name\": name], in: nil, contentWorld: .page)"),
            Example("webView.evaluateJavaScript(\"setStep(\\(2))\")"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    static let requiredText: [[RequiredText]] = [["evaluateJavaScript"]]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), call.calleeName == "evaluateJavaScript",
              let script = call.argument(at: 0), script.label == nil else { return }
        if SwiftExpressionShape.isBuiltString(SwiftExpressionShape.resolved(script.expression)) { context.report(script.expression) }
    }
}
