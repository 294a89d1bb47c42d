import SwiftSyntax
import WardCore

/// Local files loaded into a web view whose JavaScript the same type explicitly switches on.
struct SwiftWebViewJavaScriptFileLoadingRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-webview-javascript-file-loading",
        title: "JavaScript enabled for a web view that loads local files",
        summary: "A type sets javaScriptEnabled or allowsContentJavaScript to true and loads local content with loadFileURL(_:allowingReadAccessTo:). Script injected into that content (a downloaded or user-supplied HTML file) runs with read access to the granted directory, which may hold the app's data.",
        kind: .code, severity: .medium, confidence: .medium, cwe: [749, 79],
        owasp: ["MASVS-PLATFORM", "A03:2021"],
        remediation: "Turn JavaScript off for web views that show local files, grant read access to the narrowest directory that holds only the page's own assets, and never load downloaded or user-provided HTML this way.",
        tags: ["swift", "ios", "webview"],
        triggeringExamples: [
            Example("""
            final class HelpViewController {
                func setUp() {
                    webView.configuration.preferences.javaScriptEnabled = true
                }
                func show(_ page: URL) {
                    ↓webView.loadFileURL(page, allowingReadAccessTo: documents)
                }
            }
            """),
            Example("preferences.allowsContentJavaScript = true\n↓webView.loadFileURL(file, allowingReadAccessTo: file.deletingLastPathComponent())"),
        ],
        nonTriggeringExamples: [
            Example("preferences.allowsContentJavaScript = false\nwebView.loadFileURL(file, allowingReadAccessTo: file)"),
            Example("preferences.javaScriptEnabled = true\nwebView.load(URLRequest(url: remote))"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    static let requiredText: [[RequiredText]] = [["loadFileURL"], switches.sorted().map { RequiredText($0, .exact) }]

    private static let switches: Set<String> = ["javaScriptEnabled", "allowsContentJavaScript"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), call.calleeName == "loadFileURL",
              call.argument(labeled: "allowingReadAccessTo") != nil else { return }
        // Only searched when a file is loaded, which is rare, so the extra walk of the type is cheap.
        let assignments = SwiftSyntaxCollector<SequenceExprSyntax>.collect(in: call.enclosingTypeOrFile)
        let enables = assignments.contains { sequence in
            guard let (target, value) = sequence.assignment, let name = target.referencedName else { return false }
            return Self.switches.contains(name) && value.as(BooleanLiteralExprSyntax.self)?.literal.tokenKind == .keyword(.true)
        }
        if enables { context.report(call) }
    }
}
