import SQLiteKit

/// Lets SQLite bind an optional `String`, `Int`, … directly, as it binds the value itself.
///
/// SQLiteKit converts a bound value straight to `SQLiteData` when its type is `SQLiteDataConvertible`;
/// `Optional` is not, so every optional column (a finding's path, lines, snippet, purl, …) went through a
/// general-purpose encoder built per value, a tenth of a large import's time. `nil` binds as NULL and
/// reads back as `nil`. (Were SQLiteNIO to add this conformance itself, this one would be removed.)
extension Optional: @retroactive SQLiteDataConvertible where Wrapped: SQLiteDataConvertible {
    public init?(sqliteData: SQLiteData) {
        if case .null = sqliteData {
            self = .none
        } else if let value = Wrapped(sqliteData: sqliteData) {
            self = .some(value)
        } else {
            return nil
        }
    }

    public var sqliteData: SQLiteData? {
        switch self {
        case .none: .null
        case .some(let value): value.sqliteData
        }
    }
}
