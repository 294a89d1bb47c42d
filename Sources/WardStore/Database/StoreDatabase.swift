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
    private let writers = WriterQueue()

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
        guard engine == .sqlite else { return try await inTransaction(body) }
        // SQLite has one writer at a time: the others wait here rather than on a pooled connection, which readers need.
        await writers.acquire()
        do {
            let result = try await inTransaction(body)
            await writers.release()
            return result
        } catch {
            await writers.release()
            throw error
        }
    }

    private func inTransaction<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
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

    /// SQLite blocks its thread, also while it waits for the write lock: one thread per pooled connection
    /// (two per event loop), so that waiting connections cannot starve the one holding the lock, as they
    /// did on NIO's shared pool of one thread per core.
    static let threads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 2 * System.coreCount)
        pool.start()
        return pool
    }()

    func makeConnection(logger: Logger, on eventLoop: any EventLoop) -> EventLoopFuture<SQLiteConnection> {
        SQLiteConnection.open(storage: storage, threadPool: Self.threads, logger: logger, on: eventLoop).flatMap { connection in
            let pragmas = [
                "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 30000",
                "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                // 64 MiB of page cache instead of SQLite's 2 MiB: a large import updates a dozen indexes of a big table.
                "PRAGMA cache_size = -65536",
            ]
            return pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { chain, pragma in
                chain.flatMap { connection.query(pragma).map { _ in } }
            }.map { connection }
        }
    }
}

/// Lets one transaction at a time in, first come first served; the others wait without holding anything.
actor WriterQueue {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
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
