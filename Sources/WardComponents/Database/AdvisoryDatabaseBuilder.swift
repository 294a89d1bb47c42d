import Foundation
import WardCore
import Yams

/// Builds the advisory database from OSV sources, atomically: everything goes into a temporary file
/// beside the target, in one transaction, and the file is renamed over the old database only when
/// the build succeeded. A failed, interrupted or corrupt build leaves the previous database in use.
public struct AdvisoryDatabaseBuilder: Sendable {
    public var path: String
    public var sources: [AdvisorySource]
    /// When set, only affected packages of these ecosystems are kept.
    public var ecosystems: Set<Ecosystem>?

    public init(path: String, sources: [AdvisorySource], ecosystems: [Ecosystem] = []) {
        self.path = path
        self.sources = sources
        self.ecosystems = ecosystems.isEmpty ? nil : Set(ecosystems)
    }

    /// Builds the database and replaces the one at `path`.
    public func build(progress: @escaping @Sendable (AdvisoryBuildEvent) -> Void = { _ in }) throws -> AdvisoryBuildResult {
        let started = Date()
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw InputError(path: directory, "cannot create the database directory: \(error.localizedDescription)")
            }
        }
        removeAbandonedTemporaryFiles()
        let temporary = "\(path).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp"
        defer { try? FileManager.default.removeItem(atPath: temporary) }

        var warnings: [String] = []
        var withdrawn = 0
        do {
            let connection = try SQLiteConnection(path: temporary, readOnly: false)
            // Nothing to recover if this build dies: the file is thrown away, so no journal and no syncs.
            try connection.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 8192;")
            try connection.execute(AdvisoryDatabaseSchema.tables)
            try connection.execute("BEGIN")
            let writer = try AdvisoryWriter(connection: connection, ecosystems: ecosystems)
            for source in sources {
                warnings += try read(source, into: writer, directory: directory.isEmpty ? "." : directory, progress: progress)
            }
            withdrawn = writer.withdrawn
            progress(.finishing)
            try connection.execute(AdvisoryDatabaseSchema.indexes)
            try connection.execute(AdvisoryDatabaseSchema.counts)
            try writeMeta(connection, withdrawn: withdrawn, builtAt: started)
            try connection.execute("COMMIT")
            try connection.execute("PRAGMA journal_mode = DELETE")
        }
        try synchronize(temporary)
        guard rename(temporary, path) == 0 else {
            throw InputError(path: path, "cannot replace the database: \(String(cString: strerror(errno)))")
        }
        let database = try AdvisoryDatabase.open(at: path)
        return AdvisoryBuildResult(status: database.status, warnings: warnings, duration: Date().timeIntervalSince(started))
    }

    private func read(
        _ source: AdvisorySource, into writer: AdvisoryWriter, directory: String,
        progress: @escaping @Sendable (AdvisoryBuildEvent) -> Void
    ) throws -> [String] {
        var localPath = source.description
        var download: String?
        defer { if let download { try? FileManager.default.removeItem(atPath: download) } }
        if case let .remote(url) = source {
            let file = (directory as NSString).appendingPathComponent(".osv-download-\(UUID().uuidString.prefix(8)).zip")
            download = file
            try Downloader.download(url, to: file) { bytes, total in
                progress(.downloading(source: url.absoluteString, bytes: bytes, total: total))
            }
            localPath = file
        }
        var warnings: [String] = []
        var count = 0
        let ecosystems = self.ecosystems
        try AdvisoryDocuments.read(source, localPath: localPath) { batch in
            for decoded in Self.decode(batch, ecosystems: ecosystems) {
                switch decoded {
                case let .success((advisory, json, rows)):
                    if try writer.add(advisory, json: json, rows: rows) { count += 1 }
                case let .failure(error):
                    warnings.append(error.description)
                }
            }
            progress(.reading(source: source.description, advisories: count))
        }
        return warnings
    }

    typealias Decoded = Result<(OSVAdvisory, Data, [AdvisoryWriter.AffectedRow]), InputError>

    /// Decodes a batch on every core; the order of the results is the order of the batch.
    static func decode(_ batch: [AdvisoryDocuments.Document], ecosystems: Set<Ecosystem>?) -> [Decoded] {
        // Each advisory is a sizeable piece of work: chunks of one are worth their own thread.
        batch.concurrentMap(minimumChunk: 1) { decodeOne($0, ecosystems: ecosystems) }
    }

    private static func decodeOne(_ document: AdvisoryDocuments.Document, ecosystems: Set<Ecosystem>?) -> Decoded {
        do {
            let advisory: OSVAdvisory
            var json = document.data
            if document.isYAML {
                guard let text = String(data: document.data, encoding: .utf8) else {
                    return .failure(InputError(path: document.name, "not UTF-8 text; skipped"))
                }
                advisory = try YAMLDecoder().decode(OSVAdvisory.self, from: text)
                json = try JSONEncoder().encode(advisory)
            } else {
                advisory = try JSONDecoder().decode(OSVAdvisory.self, from: document.data)
            }
            guard !advisory.id.isEmpty else { return .failure(InputError(path: document.name, "advisory without an id; skipped")) }
            return .success((advisory, json, AdvisoryWriter.rows(for: advisory, ecosystems: ecosystems)))
        } catch {
            return .failure(InputError(path: document.name, "not a valid OSV advisory (\(Self.describe(error))); skipped"))
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): "missing field \(key.stringValue)"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case let DecodingError.dataCorrupted(context): context.debugDescription
        default: "\(error)"
        }
    }

    private func writeMeta(_ connection: SQLiteConnection, withdrawn: Int, builtAt: Date) throws {
        let insert = try connection.prepare("INSERT INTO meta (key, value) VALUES (?, ?)")
        let sourceList = String(decoding: try JSONEncoder().encode(sources.map(\.description)), as: UTF8.self)
        let values: [(String, String)] = [
            ("schema_version", String(AdvisoryDatabaseSchema.version)),
            ("built_at", String(builtAt.timeIntervalSince1970)),
            ("sources", sourceList),
            ("withdrawn", String(withdrawn)),
            ("built_by", WardVersion.current),
        ]
        for (key, value) in values { try insert.run([.text(key), .text(value)]) }
    }

    /// Flushes the finished file to disk before the rename makes it the database.
    private func synchronize(_ file: String) throws {
        guard let handle = FileHandle(forUpdatingAtPath: file) else { throw InputError(path: file, "the built database vanished") }
        defer { try? handle.close() }
        try? handle.synchronize()
    }

    /// Temporary files of builds that were killed; an hour is far longer than any build takes.
    private func removeAbandonedTemporaryFiles() {
        let directory = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let folder = directory.isEmpty ? "." : directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where (name.hasPrefix(base + ".") && name.hasSuffix(".tmp")) || name.hasPrefix(".osv-download-") {
            let file = (folder as NSString).appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? Date()
            if Date().timeIntervalSince(modified) > 3600 { try? FileManager.default.removeItem(atPath: file) }
        }
    }
}
