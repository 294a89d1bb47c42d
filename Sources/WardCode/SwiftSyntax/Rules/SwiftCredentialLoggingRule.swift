import SwiftSyntax
import WardCore

/// Credentials written to the console or the unified log in clear.
struct SwiftCredentialLoggingRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-credential-logging",
        title: "Credential written to the log",
        summary: "print, debugPrint, dump or NSLog outputs a value whose name marks it as a credential, or os_log / Logger marks one public. NSLog and public log values reach the device's unified log, which other tools, sysdiagnoses and crash reports collect. Logger and os_log values are private by default, so only an explicit public marking is reported.",
        kind: .code, severity: .medium, confidence: .medium, cwe: [532, 312],
        owasp: ["MASVS-STORAGE", "A09:2021"],
        remediation: "Do not log credentials. Log a non-secret identifier instead, or let Logger redact the value (the default, or privacy: .private / .sensitive).",
        tags: ["swift", "ios", "logging"],
        triggeringExamples: [
            Example("print(\"login with \\(↓password)\")"),
            Example("NSLog(\"token: %@\", ↓session.accessToken)"),
            Example("logger.debug(\"jwt \\(↓jwt, privacy: .public)\")"),
            Example("os_log(\"%{public}@\", log: .default, type: .info, ↓apiKey)"),
            Example("debugPrint(↓refreshToken)"),
        ],
        nonTriggeringExamples: [
            Example("print(\"password length \\(password.count)\")"),
            Example("logger.info(\"token \\(token)\")"),
            Example("print(\"tokenizer ready \\(tokenizer)\")"),
            Example("os_log(\"%@\", log: .default, type: .info, token)"),
            Example("logger.error(\"refresh failed \\(token, privacy: .private)\")"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    /// `log` in any case covers NSLog, os_log and every `logger` / `log` / `Logger(...)` base.
    static let requiredText: [[RequiredText]] = [plainLoggers.sorted().map { RequiredText($0, .exact) } + [.anyCase("log")], SwiftNameWords.credentialText]

    private static let plainLoggers: Set<String> = ["print", "debugPrint", "dump", "NSLog"]
    private static let loggerMethods: Set<String> = ["trace", "debug", "info", "notice", "log", "warning", "error", "fault", "critical"]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), let name = call.calleeName else { return }
        let leaked: ExprSyntax?
        if call.calledExpression.is(DeclReferenceExprSyntax.self), Self.plainLoggers.contains(name) {
            leaked = Self.firstCredential(in: call, interpolations: \.unredactedInterpolations)
        } else if call.calledExpression.is(DeclReferenceExprSyntax.self), name == "os_log" {
            let format = call.arguments.first?.expression.staticString ?? ""
            leaked = format.contains("{public}") ? Self.firstCredential(in: call, interpolations: \.unredactedInterpolations) : nil
        } else if Self.loggerMethods.contains(name), let base = call.calleeBase, Self.isLogger(base) {
            leaked = Self.firstCredential(in: call, interpolations: \.publicInterpolations)
        } else {
            leaked = nil
        }
        if let leaked { context.report(leaked) }
    }

    /// The first argument, or value interpolated into a literal argument, named like a credential.
    private static func firstCredential(in call: FunctionCallExprSyntax, interpolations: KeyPath<StringLiteralExprSyntax, [ExprSyntax]>) -> ExprSyntax? {
        for argument in call.arguments {
            if let literal = argument.expression.as(StringLiteralExprSyntax.self) {
                if let found = literal[keyPath: interpolations].first(where: \.namesCredential) { return found }
            } else if argument.expression.namesCredential {
                return argument.expression
            }
        }
        return nil
    }

    /// `logger`, `log`, `Self.logger`, `Logger(subsystem:category:)`.
    private static func isLogger(_ base: ExprSyntax) -> Bool {
        if let call = base.as(FunctionCallExprSyntax.self) { return call.calleeName == "Logger" }
        guard let name = base.referencedName else { return false }
        let words = SwiftNameWords.words(name)
        return words.last == "logger" || words.last == "log"
    }
}

private extension StringLiteralExprSyntax {
    /// Interpolations explicitly marked `privacy: .public`: the only ones `Logger` writes in clear.
    var publicInterpolations: [ExprSyntax] {
        segments.flatMap { segment -> [ExprSyntax] in
            guard case .expressionSegment(let interpolation) = segment,
                  let privacy = interpolation.expressions.first(where: { $0.label?.text == "privacy" }),
                  privacy.expression.trimmedDescription.contains("public") else { return [] }
            return interpolation.expressions.filter { $0.label == nil }.map(\.expression)
        }
    }
}
