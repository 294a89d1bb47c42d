import CVectorscan
import WardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps compiled Vectorscan databases on disk, keyed by a hash of every expression, flag and id and
/// of the library version: compiling a couple of hundred rules takes a second or more, loading
/// the serialised database a few milliseconds. Any problem with the cache means compiling again;
/// the cache never changes what is matched.
struct VectorscanCache {
    let directory: String

    /// `$WARD_CACHE_DIR`, else `$XDG_CACHE_HOME/ward`, else `~/.cache/ward`; nil when
    /// `WARD_NO_CACHE` is set or no home directory is known.
    static var standard: VectorscanCache? {
        let environment = ProcessEnvironment.self
        if environment.value("WARD_NO_CACHE").map({ !$0.isEmpty && $0 != "0" }) == true { return nil }
        if let explicit = environment.value("WARD_CACHE_DIR"), !explicit.isEmpty { return VectorscanCache(directory: explicit) }
        if let xdg = environment.value("XDG_CACHE_HOME"), !xdg.isEmpty { return VectorscanCache(directory: xdg + "/ward") }
        if let home = environment.value("HOME"), !home.isEmpty { return VectorscanCache(directory: home + "/.cache/ward") }
        return nil
    }

    static func key(for expressions: [VectorscanExpression], fallback: Set<Int>) -> String {
        var text = String(cString: hs_version()) + "\u{0}"
        for expression in expressions { text += "\(expression.id)\u{1}\(expression.flags)\u{1}\(expression.expression)\u{0}" }
        text += fallback.sorted().map(String.init).joined(separator: ",")
        return SHA256Hex.digest(of: text)
    }

    private func path(for key: String) -> String { directory + "/vectorscan-\(key).db" }

    func load(key: String) -> VectorscanDatabase? {
        guard let bytes = try? FileReader.readAll(path: path(for: key), limit: 256 << 20), !bytes.isEmpty else { return nil }
        var database: OpaquePointer?
        let status = bytes.withUnsafeBytes { raw in
            hs_deserialize_database(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count, &database)
        }
        guard status == HS_SUCCESS, let database else { return nil }
        return VectorscanDatabase(adopting: database)
    }

    func store(_ database: VectorscanDatabase, key: String) {
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        guard hs_serialize_database(database.database, &bytes, &length) == HS_SUCCESS, let bytes else { return }
        defer { free(bytes) }
        mkdir(directory, 0o755)
        let buffer = Array(UnsafeRawBufferPointer(start: bytes, count: length))
        try? FileSystem.writeAtomically(buffer, to: path(for: key))
        prune()
    }

    /// The patterns that Vectorscan rejected last time this exact pattern list was compiled.
    func knownFallback(key: String) -> Set<Int>? {
        guard let bytes = try? FileReader.readAll(path: directory + "/vectorscan-\(key).fallback", limit: 1 << 20) else { return nil }
        let numbers = String(decoding: bytes, as: UTF8.self).split(separator: ",").compactMap { Int($0) }
        return Set(numbers)
    }

    func storeFallback(_ fallback: Set<Int>, key: String) {
        mkdir(directory, 0o755)
        try? FileSystem.writeAtomically(Array(fallback.sorted().map(String.init).joined(separator: ",").utf8), to: directory + "/vectorscan-\(key).fallback")
    }

    /// Keeps the most recently written databases only (custom rule sets each make their own).
    private func prune(keeping limit: Int = 24) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        var entries: [(path: String, modified: Int)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasPrefix("vectorscan-") else { continue }
            var info = stat()
            let full = directory + "/" + name
            if stat(full, &info) == 0 { entries.append((full, Int(info.st_mtim.tv_sec))) }
        }
        guard entries.count > limit else { return }
        for entry in entries.sorted(by: { $0.modified > $1.modified }).dropFirst(limit) { unlink(entry.path) }
    }
}

/// Environment look-ups without Foundation.
enum ProcessEnvironment {
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        return String(cString: raw)
    }
}
