import Foundation
import SQLite3

/// Caches recent card transactions so the home screen opens offline.
final class TransactionCache {
    private var db: OpaquePointer?
    private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func merchantHistory(_ merchant: String) -> OpaquePointer? {
        var statement: OpaquePointer?
        let sql = "SELECT amount, booked_at FROM transactions WHERE merchant = '\(merchant)'"
        sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        return statement
    }

    func merchantHistorySafely(_ merchant: String) -> OpaquePointer? {
        var statement: OpaquePointer?
        sqlite3_prepare_v2(db, "SELECT amount, booked_at FROM transactions WHERE merchant = ?", -1, &statement, nil)
        sqlite3_bind_text(statement, 1, merchant, -1, transient)
        return statement
    }
}
