import SwiftSyntax
import WardCore

/// SQL text assembled from values and handed to the SQLite C API.
struct SwiftSQLiteInjectionRule: SwiftSyntaxRule {
    static let description = RuleDescription(
        id: "swift-sqlite-string-built-query",
        title: "SQL built from values passed to sqlite3",
        summary: "sqlite3_exec or sqlite3_prepare* receives SQL assembled with string interpolation, concatenation or String(format:), directly or through a local constant. A value containing a quote changes the statement: the classic SQL injection, here against the app's local database.",
        kind: .code, severity: .high, confidence: .medium, cwe: [89],
        owasp: ["MASVS-CODE", "A03:2021"],
        remediation: "Prepare a constant statement with ? placeholders and bind each value with sqlite3_bind_text / sqlite3_bind_int64, or use a library that binds for you (GRDB, SQLite.swift).",
        tags: ["swift", "ios", "sql"],
        triggeringExamples: [
            Example("sqlite3_exec(db, ↓\"DELETE FROM notes WHERE id = '\\(noteId)'\", nil, nil, nil)"),
            Example("let sql = \"SELECT * FROM users WHERE name = '\" + name + \"'\"\nsqlite3_prepare_v2(db, ↓sql, -1, &statement, nil)"),
            Example("sqlite3_prepare_v2(db, ↓String(format: \"SELECT * FROM t WHERE k = '%@'\", key), -1, &statement, nil)"),
        ],
        nonTriggeringExamples: [
            Example("sqlite3_prepare_v2(db, \"SELECT * FROM users WHERE name = ?\", -1, &statement, nil)\nsqlite3_bind_text(statement, 1, name, -1, transient)"),
            Example("let sql = \"DELETE FROM cache\"\nsqlite3_exec(db, sql, nil, nil, nil)"),
        ])

    static let nodeKinds: [SyntaxKind] = [.functionCallExpr]
    static let requiredText: [[RequiredText]] = [functions.sorted().map { RequiredText($0, .exact) }]

    private static let functions: Set<String> = [
        "sqlite3_exec", "sqlite3_prepare", "sqlite3_prepare_v2", "sqlite3_prepare_v3", "sqlite3_prepare16", "sqlite3_prepare16_v2",
    ]

    func check(_ node: Syntax, in context: SwiftSyntaxContext) {
        guard let call = node.as(FunctionCallExprSyntax.self), call.calledExpression.is(DeclReferenceExprSyntax.self),
              let name = call.calleeName, Self.functions.contains(name), let sql = call.argument(at: 1) else { return }
        if SwiftExpressionShape.isBuiltString(SwiftExpressionShape.resolved(sql.expression)) { context.report(sql.expression) }
    }
}
