import Foundation
import SQLKit
import WardCore
import WardGovern

extension PlatformStore {
    /// Imports one scan in one transaction: de-duplicates by fingerprint, correlates across tools,
    /// records occurrences, reopens regressions and fixes what the scan's scope no longer reports.
    public func ingest(
        _ upload: ScanUpload, project key: String, createProject: Bool = false, team: String? = nil, actor: Actor
    ) async throws -> IngestResult {
        try Self.validateProjectKey(key)
        guard (1...200).contains(upload.branch.count) else { throw StoreError.invalid("a branch name is 1 to 200 characters") }
        guard !upload.tools.isEmpty else { throw StoreError.invalid("a scan names at least one tool") }
        // An import writes a lot: its commit leaves copying the log back to a background checkpoint.
        return try await database.transaction(large: true) { db in
            var project = try await self.project(db, where: "p.key = \(bind: key)")
            if project == nil {
                guard createProject else { throw StoreError.notFound("no project '\(key)'") }
                project = try await self.insertProject(db, key: key, name: key, teamName: team, profile: ProjectProfile(), actor: actor)
            }
            var run = IngestRun(store: self, db: db, project: project!, upload: upload, actor: actor)
            return try await run.execute()
        }
    }
}

/// The steps of one import, sharing the transaction's connection.
struct IngestRun {
    let store: PlatformStore
    let db: any SQLDatabase
    let project: ProjectRecord
    let upload: ScanUpload
    let actor: Actor
    let now: Date
    var scanID = 0

    init(store: PlatformStore, db: any SQLDatabase, project: ProjectRecord, upload: ScanUpload, actor: Actor) {
        self.store = store
        self.db = db
        self.project = project
        self.upload = upload
        self.actor = actor
        self.now = store.now
    }

    /// An incoming finding once matched to a stored one.
    struct Known { var id: Int; var state: FindingState; var path: String?; var start: Int?; var end: Int? }

    mutating func execute() async throws -> IngestResult {
        scanID = try await insertScan()
        let reopenedByExpiry = try await store.expireAcceptances(db, projectID: project.id, scanID: scanID)

        var seen = Set<String>()
        let incoming = upload.findings.filter { seen.insert($0.fingerprint).inserted }
        // A project's first scan has nothing to match: its lookups would be hundreds of queries finding nothing.
        let projectHasFindings = try await hasFindings()
        let known = projectHasFindings ? try await lookUpByFingerprint(incoming.map(\.fingerprint)) : [:]

        // Correlation: a finding no fingerprint knows may be another tool's report of a known one.
        var unmatched = incoming.filter { known[$0.fingerprint] == nil }
        // Each finding's keys, worked out once for the lookup, the matching and the rows stored.
        var keysOf: [String: [String]] = [:]
        keysOf.reserveCapacity(unmatched.count)
        for finding in unmatched { keysOf[finding.fingerprint] = CorrelationKey.keys(for: finding) }
        let stored = projectHasFindings ? try await lookUpByKeys(Set(keysOf.values.joined())) : [:]
        var correlatedToStored: [(Finding, Int)] = []
        var pendingByKey: [String: [Int]] = [:]  // key → indices in `fresh`
        var fresh: [Finding] = []
        var correlatedToFresh: [(Finding, Int)] = []
        for finding in unmatched {
            let keys = keysOf[finding.fingerprint] ?? []
            if let id = match(finding, keys: keys, candidates: stored) {
                correlatedToStored.append((finding, id))
                continue
            }
            if let index = matchFresh(finding, keys: keys, pending: pendingByKey, fresh: fresh) {
                correlatedToFresh.append((finding, index))
                continue
            }
            for key in keys { pendingByKey[key, default: []].append(fresh.count) }
            fresh.append(finding)
        }
        unmatched = []

        let freshIDs = try await insertFindings(fresh)
        if store.faults.failAfterInsertingFindings { throw StoreError.invalid("injected failure after inserting findings") }
        // Every new finding must have come back with an id; a fingerprint the database altered would not.
        func freshID(_ finding: Finding) throws -> Int {
            guard let id = freshIDs[finding.fingerprint] else { throw StoreError.invalid("finding fingerprint '\(finding.fingerprint.prefix(80))' cannot be stored") }
            return id
        }
        let created = try fresh.map { ($0, try freshID($0)) }
        let joinedFresh = try correlatedToFresh.map { ($0.0, try freshID(fresh[$0.1])) }
        try await insertSources(created + correlatedToStored + joinedFresh)
        try await insertKeys(created + correlatedToStored + joinedFresh, keys: keysOf)
        try await addSources(correlatedToStored + joinedFresh)

        var findingOf: [String: Int] = freshIDs
        for (fingerprint, entry) in known { findingOf[fingerprint] = entry.id }
        for (finding, id) in correlatedToStored { findingOf[finding.fingerprint] = id }
        for (finding, id) in joinedFresh { findingOf[finding.fingerprint] = id }

        let seenIDs = Set(findingOf.values)
        let previouslyKnown = Set(known.values.map(\.id)).union(correlatedToStored.map(\.1))
        try await markSeen(Array(previouslyKnown), known: known, incoming: incoming)
        let reopened = try await reopenFixed(Array(previouslyKnown))
        try await insertOccurrences(incoming, findingOf: findingOf)
        try await recordCreations(Array(freshIDs.values))
        let fixed = try await fixMissing(seen: seenIDs)
        try await store.refreshSummaries(db, projectIDs: [project.id])
        return try await finishScan(
            total: incoming.count, newIDs: Array(freshIDs.values).sorted(), reopened: (reopened + reopenedByExpiry).sorted(),
            fixed: fixed.sorted(), findings: incoming)
    }

    // MARK: - Steps

    func insertScan() async throws -> Int {
        let row = try await db.raw("""
            INSERT INTO scans (project_id, branch, commit_sha, tools, kinds, started_at, finished_at, received_at, uploader, format,
                               total_count, new_count, fixed_count, reopened_count, summary, lines_scanned)
            VALUES (\(bind: project.id), \(bind: upload.branch), \(bind: upload.commit), \(bind: DelimitedList.encode(upload.tools.sorted())),
                    \(bind: DelimitedList.encode(upload.kinds.map(\.rawValue).sorted())), \(bind: upload.startedAt.epoch),
                    \(bind: upload.finishedAt.epoch), \(bind: now.epoch), \(bind: actor.name), \(bind: upload.format), 0, 0, 0, 0, '{}',
                    \(bind: upload.linesScanned.map(Int64.init)))
            RETURNING id
            """).first()
        return try row!.int("id")
    }

    func hasFindings() async throws -> Bool {
        try await db.raw("SELECT 1 AS found FROM findings WHERE project_id = \(bind: project.id) LIMIT 1").first() != nil
    }

    func lookUpByFingerprint(_ fingerprints: [String]) async throws -> [String: Known] {
        var known: [String: Known] = [:]
        try await BatchSQL.chunked(fingerprints) { chunk in
            let rows = try await db.raw("""
                SELECT s.fingerprint, f.id, f.state, f.path, f.start_line, f.end_line FROM finding_sources s
                JOIN findings f ON f.id = s.finding_id WHERE s.project_id = \(bind: project.id) AND s.fingerprint IN (\(binds: chunk))
                """).all()
            for row in rows {
                known[try row.string("fingerprint")] = Known(
                    id: try row.int("id"), state: FindingState(rawValue: try row.string("state")) ?? .open,
                    path: try row.optionalString("path"), start: try row.optionalInt("start_line"), end: try row.optionalInt("end_line"))
            }
        }
        return known
    }

    /// Stored findings sharing a correlation key with any of `findings`: key → (id, tools, lines).
    func lookUpByKeys(_ keys: Set<String>) async throws -> [String: [(id: Int, tools: [String], start: Int?, end: Int?)]] {
        var result: [String: [(id: Int, tools: [String], start: Int?, end: Int?)]] = [:]
        try await BatchSQL.chunked(Array(keys)) { chunk in
            for row in try await db.raw("""
                SELECT k.key, f.id, f.tools, f.start_line, f.end_line FROM finding_keys k JOIN findings f ON f.id = k.finding_id
                WHERE k.project_id = \(bind: project.id) AND k.key IN (\(binds: chunk))
                """).all() {
                result[try row.string("key"), default: []].append(
                    (try row.int("id"), DelimitedList.decode(try row.string("tools")), try row.optionalInt("start_line"), try row.optionalInt("end_line")))
            }
        }
        return result
    }

    /// A stored finding another tool reported that is the same problem as `finding` (whose keys are `keys`).
    func match(_ finding: Finding, keys: [String], candidates: [String: [(id: Int, tools: [String], start: Int?, end: Int?)]]) -> Int? {
        for key in keys {
            for candidate in candidates[key] ?? [] where !candidate.tools.contains(finding.tool) {
                if !CorrelationKey.needsOverlap(key) || CorrelationKey.overlaps(finding.location, start: candidate.start, end: candidate.end) {
                    return candidate.id
                }
            }
        }
        return nil
    }

    /// A finding of this same scan, from another tool, that is the same problem as `finding`.
    func matchFresh(_ finding: Finding, keys: [String], pending: [String: [Int]], fresh: [Finding]) -> Int? {
        for key in keys {
            for index in pending[key] ?? [] where fresh[index].tool != finding.tool {
                let other = fresh[index]
                if !CorrelationKey.needsOverlap(key)
                    || CorrelationKey.overlaps(other.location, start: finding.location?.startLine, end: finding.location?.endLine) {
                    return index
                }
            }
        }
        return nil
    }
}
