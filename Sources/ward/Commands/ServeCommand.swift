import ArgumentParser
import Foundation
import Hummingbird
import Logging
import WardCore
import WardServer
import WardStore

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Ward platform: API and web UI over one store of every scan's results.",
        discussion: "The store is ./ward-data/ward.db (SQLite) unless --database or WARD_DATABASE_URL names another, e.g. postgres://ward@db/ward."
    )

    @OptionGroup var database: DatabaseOption

    @Option(name: .long, help: "Address to listen on (default 127.0.0.1).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (default 8080).")
    var port = 8080

    @Option(name: .long, help: "The URL users reach the server at, for links (default http://HOST:PORT); https:// marks cookies Secure.")
    var publicURL: String?

    @Option(name: .long, help: "Largest report accepted, in MiB (default 512).")
    var maxUploadMB = 512

    @Option(name: .long, help: "Uploads parsed and imported at once; more wait in line (default 2). Reads keep the other cores.")
    var maxConcurrentImports = 2

    @Option(name: .long, help: "Directory of the organisation's Markdown articles for the knowledge base (default ./ward-data/knowledge).")
    var knowledge = "ward-data/knowledge"

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        guard maxUploadMB > 0 else { throw ValidationError("--max-upload-mb must be positive") }
        guard (1...64).contains(maxConcurrentImports) else { throw ValidationError("--max-concurrent-imports must be between 1 and 64") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: knowledge, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--knowledge \(knowledge) is a file, not a directory of Markdown articles")
        }
    }

    func run() throws {
        let location = try database.location()
        let configuration = ServerConfiguration(
            host: host, port: port, database: location, publicURL: publicURL, maxUploadBytes: maxUploadMB << 20,
            maxConcurrentImports: maxConcurrentImports, knowledgeDirectory: knowledge)
        try runBlocking {
            let store: PlatformStore
            do {
                store = try await PlatformStore.open(location)
            } catch {
                throw InputError(String(describing: error))
            }
            var logger = Logger(label: "ward.server")
            logger.logLevel = .info
            // The knowledge base explains every rule Ward runs: secrets, code and configuration checks.
            let rules = try RuleCatalog.load(configuration: ProjectConfiguration()).entries.map(\.description)
            let app = buildApplication(ServerServices(store: store, configuration: configuration, rules: rules), logger: logger)
            Terminal.standardError("ward: serving \(configuration.baseURL) with \(location)\n")
            do {
                try await app.runService()
            } catch {
                await store.close()
                throw InputError("cannot serve on \(host):\(port): \(error)")
            }
            await store.close()
        }
    }
}

/// `--database URL`, falling back to `WARD_DATABASE_URL`, then ./ward-data/ward.db.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "sqlite:///path/ward.db or postgres://user:password@host:5432/db (default: WARD_DATABASE_URL, else ./ward-data/ward.db).")
    var database: String?

    func location() throws -> StoreLocation {
        if let text = database ?? ProcessInfo.processInfo.environment["WARD_DATABASE_URL"], !text.isEmpty {
            return try StoreLocation(parsing: text)
        }
        return .default
    }

    func withStore<T: Sendable>(_ body: @escaping @Sendable (PlatformStore) async throws -> T) throws -> T {
        let location = try location()
        return try runBlocking {
            let store: PlatformStore
            do {
                store = try await PlatformStore.open(location)
            } catch {
                throw InputError(String(describing: error))
            }
            do {
                let result = try await body(store)
                await store.close()
                return result
            } catch {
                await store.close()
                throw InputError(String(describing: error))
            }
        }
    }
}
