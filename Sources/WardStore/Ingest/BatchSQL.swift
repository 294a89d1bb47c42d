import SQLKit

typealias SQLValue = any Encodable & Sendable

/// Multi-row statements: a 100,000-finding import must not be 100,000 round trips.
enum BatchSQL {
    /// Rows per statement: below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters for our widest table.
    static let rowsPerStatement = 400

    static func insert(
        _ db: any SQLDatabase, into table: String, columns: [String], rows: [[SQLValue]], suffix: String = ""
    ) async throws {
        try await insert(db, into: table, columns: columns, rows: rows, suffix: suffix) { try await db.raw($0).run() }
    }

    /// Inserts `rows` and returns what each statement's `RETURNING` clause (in `suffix`) gave back.
    static func insertReturning(
        _ db: any SQLDatabase, into table: String, columns: [String], rows: [[SQLValue]], suffix: String
    ) async throws -> [any SQLRow] {
        var returned: [any SQLRow] = []
        try await insert(db, into: table, columns: columns, rows: rows, suffix: suffix) { returned += try await db.raw($0).all() }
        return returned
    }

    private static func insert(
        _ db: any SQLDatabase, into table: String, columns: [String], rows: [[SQLValue]], suffix: String,
        run: (SQLQueryString) async throws -> Void
    ) async throws {
        // The statement's text depends only on how many rows it has: it is written once per shape (not
        // once per value, as interpolating binds does), and each chunk only hands over its values.
        var texts: [Int: String] = [:]
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            precondition(chunk.allSatisfy { $0.count == columns.count }, "a row of \(table) has not one value per column")
            let text = texts[chunk.count] ?? statement(db, into: table, columns: columns, rows: chunk.count, suffix: suffix)
            texts[chunk.count] = text
            try await run("\(BoundStatement(text: text, values: chunk.flatMap { $0 }))")
            start += rowsPerStatement
        }
    }

    /// `INSERT INTO table (columns) VALUES (…), (…) suffix` with the dialect's numbered placeholders.
    static func statement(_ db: any SQLDatabase, into table: String, columns: [String], rows: Int, suffix: String) -> String {
        var serializer = SQLSerializer(database: db)
        serializer.write("INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ")
        var placeholder = 0
        for row in 0..<rows {
            serializer.write(row == 0 ? "(" : ", (")
            for column in columns.indices {
                if column > 0 { serializer.write(", ") }
                placeholder += 1
                db.dialect.bindPlaceholder(at: placeholder).serialize(to: &serializer)
            }
            serializer.write(")")
        }
        if !suffix.isEmpty { serializer.write(" " + suffix) }
        return serializer.sql
    }

    /// Runs `body` once per chunk of `values`, for `IN (…)` lists.
    static func chunked<T: Sendable>(_ values: [T], size: Int = 500, _ body: ([T]) async throws -> Void) async throws {
        var start = 0
        while start < values.count {
            try await body(Array(values[start..<min(start + size, values.count)]))
            start += size
        }
    }
}

/// A whole statement whose placeholders are already in its text, numbered from 1, and their values.
private struct BoundStatement: SQLExpression {
    let text: String
    let values: [SQLValue]

    func serialize(to serializer: inout SQLSerializer) {
        precondition(serializer.binds.isEmpty, "a bound statement is serialized on its own: its placeholders start at 1")
        serializer.write(text)
        serializer.binds.append(contentsOf: values)
    }
}

extension String {
    /// At most `limit` characters; a text with no more bytes than that is returned without walking it.
    func clipped(to limit: Int) -> String {
        utf8.count <= limit ? self : String(prefix(limit))
    }
}
