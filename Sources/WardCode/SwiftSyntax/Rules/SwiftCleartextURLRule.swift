import SwiftSyntax
import WardCore

/// URLs written with the cleartext `http` scheme for a non-local host.
struct SwiftCleartextURLRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-cleartext-http-url",
        title: "Cleartext HTTP URL",
        summary: "URL(string:), NSURL(string:) or URLComponents(string:) is given an http:// literal for a host other than the local machine. Traffic to it can be read and changed by anyone on the network path, and App Transport Security exceptions that allow it weaken the whole app.",
        kind: .code, severity: .medium, confidence: .high, cwe: [319],
        owasp: ["MASVS-NETWORK", "A02:2021"],
        remediation: "Use https:// and remove any NSAllowsArbitraryLoads or per-domain ATS exception that was added for this endpoint.",
        tags: ["swift", "ios", "network"],
        triggeringExamples: [
            Example("let endpoint = URL(string: ↓\"http://api.example.com/v1/login\")!"),
            Example("var components = URLComponents(string: ↓\"http://\\(host)/transfer\")"),
        ],
        nonTriggeringExamples: [
            Example("let endpoint = URL(string: \"https://api.example.com/v1/login\")!"),
            Example("let local = URL(string: \"http://localhost:8080/health\")!"),
            Example("let loopback = URL(string: \"http://127.0.0.1:9000\")"),
            Example("let url = URL(string: path)"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    static let requiredText: [[RequiredText]] = [[.anyCase("http://")], ["URL"]]

    private static let constructors: Set<String> = ["URL", "NSURL", "URLComponents"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), let name = call.calleeName, Self.constructors.contains(name),
              let argument = call.argument(labeled: "string"),
              let literal = argument.expression.unwrapped.as(StringLiteralExprSyntax.self) else { return }
        let text = literal.leadingText
        guard text.lowercased().hasPrefix("http://") else { return }
        let afterScheme = text.dropFirst("http://".count)
        let host = afterScheme.prefix { !["/", "?", "#"].contains($0) }
        if !Self.isLocal(String(host)) { context.report(literal) }
    }

    /// Loopback hosts, with or without a port; an interpolated host (empty here) is not local.
    private static func isLocal(_ authority: String) -> Bool {
        let host = authority.hasPrefix("[") ? String(authority.prefix { $0 != "]" }) + "]" : String(authority.prefix { $0 != ":" })
        let lowered = host.lowercased()
        return lowered == "localhost" || lowered.hasSuffix(".localhost") || lowered.hasPrefix("127.") || lowered == "0.0.0.0" || lowered == "[::1]"
    }
}
