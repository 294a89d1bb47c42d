import Foundation
import WardCore

/// Where the store lives: an SQLite file (the embedded default) or a PostgreSQL server.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    /// An SQLite database in memory, for tests.
    case sqliteMemory
    case postgres(url: String)

    /// `./ward-data/ward.db`, relative to the working directory.
    public static let `default` = StoreLocation.sqlite(path: "ward-data/ward.db")

    /// Parses `sqlite:///abs/path.db`, `sqlite://relative.db`, `sqlite::memory:`, a bare path, or `postgres://…`.
    public init(parsing text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else if text == "sqlite::memory:" || text == ":memory:" {
            self = .sqliteMemory
        } else if text.hasPrefix("sqlite://") {
            let path = String(text.dropFirst("sqlite://".count))
            guard !path.isEmpty else { throw InputError("--database: '\(text)' names no file") }
            self = .sqlite(path: path)
        } else if text.contains("://") {
            throw InputError("--database: '\(text)' is neither sqlite:///path nor postgres://user@host/db")
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The location with any password hidden, for logs.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite://\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let url): Self.hidingPassword(url)
        }
    }

    private static func hidingPassword(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? "postgres://***"
    }
}
