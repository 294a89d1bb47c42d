@preconcurrency import AsyncKit
import Foundation
import Logging
import Synchronization
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
    private let checkpointer = Checkpointer()

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
    ///
    /// `large` marks a transaction that writes a lot (an import): on SQLite its commit does not copy
    /// the write-ahead log back into the database file, as SQLite's automatic checkpoint would on the
    /// committing connection; a checkpoint runs right after, in the background (`Checkpointer`), so
    /// the caller is not kept waiting for it. Other writes keep SQLite's automatic checkpoints.
    public func transaction<R: Sendable>(large: Bool = false, _ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        guard engine == .sqlite else { return try await inTransaction(large: false, body) }
        // SQLite has one writer at a time: the others wait here rather than on a pooled connection, which readers need.
        await writers.acquire()
        do {
            let result = try await inTransaction(large: large, body)
            await writers.release()
            if large, location != .sqliteMemory { checkpointer.request(self) }
            return result
        } catch {
            await writers.release()
            throw error
        }
    }

    private func inTransaction<R: Sendable>(large: Bool, _ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withConnection { db in
            // IMMEDIATE takes SQLite's write lock up front, so two writers queue on busy_timeout
            // instead of one failing when it upgrades from reading to writing.
            try await db.raw(engine == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
            do {
                let result = try await body(db)
                if large { try await db.raw("PRAGMA wal_autocheckpoint = 0").run() }
                do {
                    try await db.raw("COMMIT").run()
                } catch {
                    if large { try? await restoreAutoCheckpoint(db) }
                    throw error
                }
                if large { try await restoreAutoCheckpoint(db) }
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Waits for the background checkpoint a large transaction started, if one is running.
    func waitForCheckpoint() async { await checkpointer.finish() }

    private func restoreAutoCheckpoint(_ db: any SQLDatabase) async throws {
        try await db.raw("PRAGMA wal_autocheckpoint = \(unsafeRaw: String(SQLiteTunedSource.autoCheckpointPages))").run()
    }

    public func shutdown() async {
        await checkpointer.finish()
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
    /// SQLite's default: the committing connection copies the log back once it holds this many pages.
    static let autoCheckpointPages = 1000

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
                "PRAGMA cache_size = -65536", "PRAGMA wal_autocheckpoint = \(Self.autoCheckpointPages)",
            ]
            return pragmas.reduce(eventLoop.makeSucceededVoidFuture()) { chain, pragma in
                chain.flatMap { connection.query(pragma).map { _ in } }
            }.map { connection }
        }
    }
}

/// Copies SQLite's write-ahead log back into the database file after a large transaction, on a pooled
/// connection in the background, as SQLite's documentation suggests for applications that want
/// commits not to wait for it. Requests made while one runs are folded into one more run after it.
final class Checkpointer: Sendable {
    private struct State {
        var task: Task<Void, Never>?
        var again = false
    }

    private let state = Mutex(State())

    func request(_ database: StoreDatabase) {
        state.withLock { state in
            guard state.task == nil else { return state.again = true }
            state.task = Task.detached { [self] in
                repeat {
                    // PASSIVE: copies what no reader still needs, without waiting for readers or blocking writers.
                    try? await database.withConnection { try await $0.raw("PRAGMA wal_checkpoint(PASSIVE)").run() }
                } while self.state.withLock { state in
                    if state.again {
                        state.again = false
                        return true
                    }
                    state.task = nil
                    return false
                }
            }
        }
    }

    /// Waits for a running checkpoint, so that the pool is not closed under it.
    func finish() async {
        while let task = state.withLock({ $0.task }) { await task.value }
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
