import SwiftSyntax
import WardCore

/// URLSession challenge handlers that accept the server's certificate without checking it.
struct SwiftTrustWithoutEvaluationRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-urlsession-trust-without-evaluation",
        title: "Server trust accepted without evaluation",
        summary: "A URLSessionDelegate or URLSessionTaskDelegate challenge handler answers .useCredential with URLCredential(trust:) but never calls SecTrustEvaluateWithError (or SecTrustEvaluate, or a helper named like evaluate / validate / verify / pinning) in the handler. Any certificate is then accepted, so anyone on the network path can intercept and alter the app's TLS traffic.",
        kind: .code, severity: .critical, confidence: .high, cwe: [295],
        owasp: ["MASVS-NETWORK", "A07:2021"],
        remediation: "Evaluate the trust with SecTrustEvaluateWithError (after adding any pinning policy) and only answer .useCredential when it succeeds; otherwise call .cancelAuthenticationChallenge, or return .performDefaultHandling to let the system decide.",
        tags: ["swift", "ios", "tls"],
        triggeringExamples: [
            Example("""
            func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
                completionHandler(.useCredential, ↓URLCredential(trust: challenge.protectionSpace.serverTrust!))
            }
            """),
            Example("""
            func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
                guard let trust = challenge.protectionSpace.serverTrust else { return (.performDefaultHandling, nil) }
                return (.useCredential, ↓URLCredential(trust: trust))
            }
            """),
            Example("""
            func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
                if let trust = challenge.protectionSpace.serverTrust {
                    completionHandler(.useCredential, ↓URLCredential(trust: trust))
                }
            }
            """),
        ],
        nonTriggeringExamples: [
            Example("""
            func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge, completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
                guard let trust = challenge.protectionSpace.serverTrust, SecTrustEvaluateWithError(trust, nil) else {
                    return completionHandler(.cancelAuthenticationChallenge, nil)
                }
                completionHandler(.useCredential, URLCredential(trust: trust))
            }
            """),
            Example("""
            func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
                (.performDefaultHandling, nil)
            }
            """),
            Example("func makeCredential(trust: SecTrust) -> URLCredential { URLCredential(trust: trust) }"),
            Example("""
            func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge) async -> (URLSession.AuthChallengeDisposition, URLCredential?) {
                guard let trust = challenge.protectionSpace.serverTrust, pinningValidator.validate(trust) else { return (.cancelAuthenticationChallenge, nil) }
                return (.useCredential, URLCredential(trust: trust))
            }
            """),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionDecl]
    static let requiredText: [[RequiredText]] = [["URLCredential"], ["urlSession"], ["didReceive"]]

    private static let evaluations: Set<String> = [
        "SecTrustEvaluateWithError", "SecTrustEvaluate", "SecTrustEvaluateAsyncWithError", "SecTrustEvaluateAsync",
    ]

    /// Security.framework's evaluation calls, or a helper whose name says it checks the trust
    /// (`validate(trust)`, `pinningVerifier.verify(...)`): the rule cannot see inside the helper and
    /// gives it the benefit of the doubt.
    private static func evaluates(_ name: String) -> Bool {
        if evaluations.contains(name) { return true }
        let lowered = name.lowercased()
        return ["evaluat", "validat", "verif", "pinn"].contains { lowered.contains($0) }
    }

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let function = node.as(FunctionDeclSyntax.self), function.name.text == "urlSession",
              function.signature.parameterClause.parameters.contains(where: { $0.firstName.text == "didReceive" }),
              let body = function.body else { return }
        let calls = SwiftSyntaxCollector<FunctionCallExprSyntax>.collect(in: body)
        guard !calls.contains(where: { $0.calleeName.map(Self.evaluates) ?? false }) else { return }
        if let accepted = calls.first(where: { $0.calleeName == "URLCredential" && $0.argument(labeled: "trust") != nil }) {
            context.report(accepted)
        }
    }
}
