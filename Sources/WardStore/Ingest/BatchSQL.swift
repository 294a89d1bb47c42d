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
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            var query: SQLQueryString = "INSERT INTO \(unsafeRaw: table) (\(unsafeRaw: columns.joined(separator: ", "))) VALUES "
            query += chunk.map { "(\(binds: $0))" as SQLQueryString }.joined(separator: ", ")
            if !suffix.isEmpty { query += " \(unsafeRaw: suffix)" }
            try await run(query)
            start += rowsPerStatement
        }
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

extension String {
    /// At most `limit` characters; a text with no more bytes than that is returned without walking it.
    func clipped(to limit: Int) -> String {
        utf8.count <= limit ? self : String(prefix(limit))
    }
}
