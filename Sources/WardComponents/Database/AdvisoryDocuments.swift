import Foundation
import WardCore
import ZIPFoundation

/// Reads the OSV documents of a local source one by one: zip entries, files of a directory, or one file.
struct AdvisoryDocuments {
    /// One document: where it came from (for messages) and its bytes.
    struct Document {
        var name: String
        var data: Data
        var isYAML: Bool
    }

    /// No real advisory comes near this; a bigger entry is a broken or hostile archive.
    static let maximumDocumentSize = 64 << 20

    static func isAdvisoryFile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".json") || lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }

    static func isYAML(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }

    /// Calls `body` with batches of documents, so that callers can decode a batch in parallel.
    static func read(_ source: AdvisorySource, localPath: String, batchSize: Int = 256, body: ([Document]) throws -> Void) throws {
        var batch: [Document] = []
        func add(_ document: Document) throws {
            batch.append(document)
            if batch.count >= batchSize {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        switch source {
        case .remote, .zip:
            try readZip(localPath, add: add)
        case .directory:
            try readDirectory(localPath, add: add)
        case .file:
            guard let data = FileManager.default.contents(atPath: localPath) else {
                throw InputError(path: localPath, "cannot read the file")
            }
            try add(Document(name: localPath, data: data, isYAML: isYAML(localPath)))
        }
        if !batch.isEmpty { try body(batch) }
    }

    private static func readZip(_ path: String, add: (Document) throws -> Void) throws {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError(path: path, "not a valid zip archive (\(error)); the existing database was kept")
        }
        for entry in archive where entry.type == .file && isAdvisoryFile(entry.path) {
            // The sizes in a zip are claims: cap what is reserved and what is accepted.
            var data = Data(capacity: min(Int(clamping: entry.uncompressedSize), 1 << 20))
            do {
                _ = try archive.extract(entry) { chunk in
                    data.append(chunk)
                    if data.count > maximumDocumentSize { throw InputError(path: path, "entry \(entry.path) is larger than 64 MB") }
                }
            } catch {
                throw InputError(path: path, "corrupt zip entry \(entry.path) (\(error)); the existing database was kept")
            }
            try add(Document(name: "\(path)!\(entry.path)", data: data, isYAML: isYAML(entry.path)))
        }
    }

    private static func readDirectory(_ path: String, add: (Document) throws -> Void) throws {
        let root = URL(fileURLWithPath: path)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw InputError(path: path, "cannot read the directory")
        }
        var files: [URL] = []
        for case let url as URL in walker where isAdvisoryFile(url.lastPathComponent) {
            files.append(url)
        }
        // A stable order makes builds reproducible whatever order the file system lists in.
        for url in files.sorted(by: { $0.path < $1.path }) {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw InputError(path: url.path, "cannot read the file")
            }
            try add(Document(name: url.path, data: data, isYAML: isYAML(url.path)))
        }
    }
}
