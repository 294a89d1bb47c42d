@preconcurrency import AsyncKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// A pool of connections to the store's database, the same for both engines above this type.
public final class StoreDatabase: Sendable {
    public enum Engine: String, Sendable {
        case sqlite
        case postgres
    }

    // The pools lock their own state; AsyncKit predates Sendable annotations.
    private enum Pool: @unchecked Sendable {
        case sqlite(EventLoopGroupConnectionPool<SQLiteTunedSource>)
        case postgres(EventLoopGroupConnectionPool<PostgresConnectionSource>)
    }

    public let location: StoreLocation
    public let engine: Engine
    private let pool: Pool
    private let logger: Logger

    /// Opens a pool to `location`; connections are made lazily, so errors surface on first use.
    public init(location: StoreLocation, logger: Logger = Logger(label: "ward.store")) throws {
        self.location = location
        self.logger = logger
        let group = MultiThreadedEventLoopGroup.singleton
        switch location {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            engine = .sqlite
            pool = .sqlite(EventLoopGroupConnectionPool(
                source: SQLiteTunedSource(storage: .file(path: path)), maxConnectionsPerEventLoop: 2,
                requestTimeout: .seconds(60), pruneInterval: nil, logger: logger, on: group))
        case .sqliteMemory:
            // One connection: every connection to an SQLite memory database would be a database of its own.
            let single = MultiThreadedEventLoopGroup.singleton.next()
            engine = .sqlite
            pool = .sqlite(EventLoopGroupConnectionPool(
                source: SQLiteTunedSource(storage: .memory), maxConnectionsPerEventLoop: 1,
                requestTimeout: .seconds(60), pruneInterval: nil, logger: logger, on: single))
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw StoreError.configuration("--database: cannot read the PostgreSQL URL \(location)")
            }
            engine = .postgres
            pool = .postgres(EventLoopGroupConnectionPool(
                source: PostgresConnectionSource(sqlConfiguration: configuration), maxConnectionsPerEventLoop: 8,
                requestTimeout: .seconds(30), pruneInterval: .seconds(60), logger: logger, on: group))
        }
    }

    /// Runs `body` with one connection of the pool.
    public func withConnection<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        switch pool {
        case .sqlite(let pool):
            let connection = try await pool.requestConnection(logger: logger).get()
            defer { pool.releaseConnection(connection, logger: logger) }
            return try await body(connection.sql(queryLogLevel: nil))
        case .postgres(let pool):
            let connection = try await pool.requestConnection(logger: logger).get()
            defer { pool.releaseConnection(connection, logger: logger) }
            return try await body(connection.sql(queryLogLevel: nil))
        }
    }

    /// Runs `body` in one transaction: everything it wrote is committed, or nothing is.
    public func transaction<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withConnection { db in
            // IMMEDIATE takes SQLite's write lock up front, so two writers queue on busy_timeout
            // instead of one failing when it upgrades from reading to writing.
            try await db.raw(engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    public func shutdown() async {
        switch pool {
        case .sqlite(let pool): try? await pool.shutdownAsync()
        case .postgres(let pool): try? await pool.shutdownAsync()
        }
    }
}

/// Opens SQLite connections tuned for a server: WAL so readers never wait for the writer, a busy
/// timeout so writers queue, and foreign keys on.
struct SQLiteTunedSource: ConnectionPoolSource, Sendable {
    let storage: SQLiteConnection.Storage

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: storage, threadPool: .singleton, logger: logger, on: eventLoop).flatMap { connection in
            let pragmas = [
                "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 30000",
                "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
            ]
            return pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { chain, pragma in
                chain.flatMap { connection.query(pragma).map { _ in } }
            }.map { connection }
        }
    }
}

/// A store error a user can act on.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    case configuration(String)
    case notFound(String)
    case conflict(String)
    case invalid(String)
    case forbidden(String)

    public var description: String {
        switch self {
        case .configuration(let message), .notFound(let message), .conflict(let message), .invalid(let message),
             .forbidden(let message):
            message
        }
    }
}
