import Foundation
import WardCore

/// A read-only advisory database built by `AdvisoryDatabaseBuilder`, answering which advisories
/// affect a package version. Safe to share between threads: queries are serialised on one
/// connection, matching runs outside the lock.
public final class AdvisoryDatabase: @unchecked Sendable {
    public let path: String
    /// What the database holds and when it was built.
    public let status: AdvisoryDatabaseStatus

    let connection: SQLiteConnection
    private let candidatesStatement: SQLiteStatement
    private let documentsStatement: SQLiteStatement
    let lock = NSLock()
    private var cache: [String: [Candidate]] = [:]
    /// Enough for the largest lockfiles several times over, small enough to never matter for memory.
    private let cacheLimit = 50_000

    /// One advisory's entries for one package, with what a match reports.
    struct Candidate: Sendable {
        var advisoryID: String
        var entries: [AffectedVersions]
        var summary: String?
        var aliases: [String]
        var severity: Severity?
        var cvssVector: String?
        var cvssScore: Double?
        var url: String?
        var cweIDs: [Int]
    }

    private init(path: String, connection: SQLiteConnection, status: AdvisoryDatabaseStatus) throws {
        self.path = path
        self.connection = connection
        self.status = status
        candidatesStatement = try connection.prepare(AdvisoryDatabaseSchema.candidates)
        documentsStatement = try connection.prepare(AdvisoryDatabaseSchema.documents)
    }

    /// Opens the database at `path`; an `InputError` names the file when there is none, or it is
    /// not an advisory database, or it was built with another schema.
    public static func open(at path: String) throws -> AdvisoryDatabase {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(path: path, "no advisory database; build one with `ward db update`")
        }
        let connection = try SQLiteConnection(path: path, readOnly: true)
        var meta: [String: String] = [:]
        do {
            try connection.prepare("SELECT key, value FROM meta").query { row in
                if let key = row.text(0), let value = row.text(1) { meta[key] = value }
            }
        } catch {
            throw InputError(path: path, "not an advisory database (\(error)); rebuild it with `ward db update`")
        }
        guard meta["schema_version"] == String(AdvisoryDatabaseSchema.version) else {
            throw InputError(path: path, "advisory database format \(meta["schema_version"] ?? "unknown") is not \(AdvisoryDatabaseSchema.version); rebuild it with `ward db update`")
        }
        var counts: [AdvisoryDatabaseStatus.EcosystemCount] = []
        try connection.prepare("SELECT ecosystem, advisories, packages FROM ecosystem_count ORDER BY ecosystem").query { row in
            counts.append(.init(ecosystem: row.text(0) ?? "", advisories: row.integer(1), packages: row.integer(2)))
        }
        var total = 0
        try connection.prepare("SELECT COUNT(*) FROM advisory").query { total = $0.integer(0) }
        let sources = meta["sources"].flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        let status = AdvisoryDatabaseStatus(
            path: path, builtAt: Date(timeIntervalSince1970: meta["built_at"].flatMap(Double.init) ?? 0), sources: sources,
            ecosystems: counts, advisories: total, withdrawn: meta["withdrawn"].flatMap(Int.init) ?? 0,
            schemaVersion: AdvisoryDatabaseSchema.version, builtBy: meta["built_by"] ?? "unknown")
        return try AdvisoryDatabase(path: path, connection: connection, status: status)
    }

    /// The advisories that name a package, as published, sorted by id (withdrawn ones are never stored).
    public func advisories(ecosystem: Ecosystem, name: String) throws -> [OSVAdvisory] {
        var documents: [(String, Data)] = []
        lock.lock()
        defer { lock.unlock() }
        try documentsStatement.query([.text(ecosystem.rawValue), .text(ecosystem.normalizedPackageName(name))]) { row in
            documents.append((row.text(0) ?? "", row.blob(1)))
        }
        return try documents.map { id, json in
            do {
                return try JSONDecoder().decode(OSVAdvisory.self, from: json)
            } catch {
                throw InputError(path: path, "advisory \(id) is not valid OSV; rebuild with `ward db update`")
            }
        }
    }

    /// The advisories that affect `name` at `version`, sorted by id. The hot path of a scan: one
    /// indexed query per package (cached), no JSON decoding, versions parsed once per comparison set.
    public func vulnerabilities(ecosystem: Ecosystem, name: String, version: String) throws -> [VulnerabilityMatch] {
        let candidates = try candidates(ecosystem: ecosystem, key: ecosystem.normalizedPackageName(name))
        guard !candidates.isEmpty else { return [] }
        return Self.matches(candidates, scheme: ecosystem.versionScheme, ecosystem: ecosystem, name: name, version: version)
    }

    /// Opens the ecosystem's scheme once, so the installed version is parsed once for all candidates.
    private static func matches<S: VersionScheme>(
        _ candidates: [Candidate], scheme: S, ecosystem: Ecosystem, name: String, version: String
    ) -> [VulnerabilityMatch] {
        let installed = InstalledVersion(version, scheme: scheme)
        return candidates.compactMap { candidate in
            guard let evaluation = AdvisoryMatcher.evaluate(candidate.entries, installed: installed) else { return nil }
            return VulnerabilityMatch(
                id: candidate.advisoryID, aliases: candidate.aliases, summary: candidate.summary, severity: candidate.severity,
                cvssVector: candidate.cvssVector, cvssScore: candidate.cvssScore, fixedVersions: evaluation.fixedVersions,
                smallestFix: evaluation.smallestFix, url: candidate.url, ecosystem: ecosystem, package: name, version: version,
                cweIDs: candidate.cweIDs)
        }
    }

    private func candidates(ecosystem: Ecosystem, key: String) throws -> [Candidate] {
        let cacheKey = ecosystem.rawValue + "\u{0}" + key
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[cacheKey] { return cached }
        var byID: [String: Candidate] = [:]
        try candidatesStatement.query([.text(ecosystem.rawValue), .text(key)]) { row in
            let id = row.text(0) ?? ""
            let entry = AffectedVersions(encoded: row.text(1) ?? "")
            if byID[id] != nil {
                byID[id]?.entries.append(entry)
                return
            }
            byID[id] = Candidate(
                advisoryID: id, entries: [entry], summary: row.text(2),
                aliases: (row.text(3) ?? "").split(separator: "\n").map(String.init),
                severity: row.text(4).flatMap(Severity.init(rawValue:)), cvssVector: row.text(5),
                cvssScore: row.real(6), url: row.text(7),
                cweIDs: (row.text(8) ?? "").split(separator: ",").compactMap { Int($0) })
        }
        let candidates = byID.values.sorted { $0.advisoryID < $1.advisoryID }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[cacheKey] = candidates
        return candidates
    }
}
