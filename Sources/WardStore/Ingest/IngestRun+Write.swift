import Foundation
import SQLKit
import WardCore

extension IngestRun {
    func insertFindings(_ findings: [Finding]) async throws -> [String: Int] {
        let sla = project.profile.effectiveSLA
        // Each finding's detail JSON, the costliest value of its row, encoded on every core.
        let details = try findings.concurrentMap { try StoreJSON.encode($0) }
        let rows: [[SQLValue]] = findings.indices.map { index in
            let f = findings[index]
            let due = sla.dueDate(for: f.severity, firstSeen: now)?.epoch
            return [
                project.id, f.fingerprint, f.ruleId, f.tool, DelimitedList.encode([f.tool]), f.kind.rawValue, f.severity.rawValue,
                f.severity.rank, f.confidence.rawValue, f.title.clipped(to: 500), f.message.clipped(to: 4000),
                DelimitedList.encode(f.cwe.map(String.init)), f.location?.path, f.location?.startLine, f.location?.endLine,
                f.location?.snippet.map { $0.clipped(to: 2000) }, f.secret?.sha256, f.component?.purl, f.advisory?.id,
                FindingState.open.rawValue, now.epoch, now.epoch, scanID, scanID, upload.branch, due, 1, details[index],
            ]
        }
        // RETURNING hands back each new row's id (both engines), instead of a second query per chunk.
        let returned = try await BatchSQL.insertReturning(db, into: "findings", columns: [
            "project_id", "fingerprint", "rule_id", "tool", "tools", "kind", "severity", "severity_rank", "confidence", "title",
            "message", "cwe", "path", "start_line", "end_line", "snippet", "secret_hash", "purl", "advisory_id", "state",
            "first_seen_at", "last_seen_at", "first_scan_id", "last_scan_id", "last_branch", "due_at", "source_count", "detail",
        ], rows: rows, suffix: "RETURNING id, fingerprint")
        var ids: [String: Int] = [:]
        ids.reserveCapacity(returned.count)
        for row in returned { ids[try row.string("fingerprint")] = try row.int("id") }
        return ids
    }

    func insertSources(_ pairs: [(Finding, Int)]) async throws {
        try await BatchSQL.insert(db, into: "finding_sources", columns: [
            "finding_id", "project_id", "fingerprint", "tool", "rule_id", "severity", "title", "first_scan_id",
        ], rows: pairs.map { f, id in [id, project.id, f.fingerprint, f.tool, f.ruleId, f.severity.rawValue, f.title.clipped(to: 500), scanID] })
    }

    /// The correlation keys of each finding (`keys`, by fingerprint), so later scans of other tools find it.
    func insertKeys(_ pairs: [(Finding, Int)], keys: [String: [String]]) async throws {
        var rows: [[SQLValue]] = []
        var unique = Set<String>()
        for (finding, id) in pairs {
            for key in keys[finding.fingerprint] ?? [] where unique.insert("\(id) \(key)").inserted {
                rows.append([project.id, key.clipped(to: 1000), id])
            }
        }
        try await BatchSQL.insert(db, into: "finding_keys", columns: ["project_id", "key", "finding_id"], rows: rows, suffix: "ON CONFLICT DO NOTHING")
    }

    /// Records that more tools reported stored findings: their tool lists, source counts and, if higher, severities.
    func addSources(_ pairs: [(Finding, Int)]) async throws {
        for (finding, id) in pairs {
            guard let row = try await db.raw("SELECT tools, severity_rank FROM findings WHERE id = \(bind: id)").first() else { continue }
            let tools = Set(DelimitedList.decode(try row.string("tools"))).union([finding.tool]).sorted()
            var update: SQLQueryString = "UPDATE findings SET tools = \(bind: DelimitedList.encode(tools)), source_count = source_count + 1"
            if finding.severity.rank > (try row.int("severity_rank")) {
                update += ", severity = \(bind: finding.severity.rawValue), severity_rank = \(bind: finding.severity.rank)"
            }
            try await db.raw(update + " WHERE id = \(bind: id)").run()
        }
    }

    /// Moves the last-seen scan and branch of findings this scan reported again, and their location when it moved.
    func markSeen(_ ids: [Int], known: [String: Known], incoming: [Finding]) async throws {
        try await BatchSQL.chunked(ids) { chunk in
            try await db.raw("""
                UPDATE findings SET last_seen_at = \(bind: now.epoch), last_scan_id = \(bind: scanID), last_branch = \(bind: upload.branch)
                WHERE id IN (\(binds: chunk))
                """).run()
        }
        for finding in incoming {
            guard let entry = known[finding.fingerprint], let location = finding.location,
                  entry.path != location.path || entry.start != location.startLine || entry.end != location.endLine
            else { continue }
            try await db.raw("""
                UPDATE findings SET path = \(bind: location.path), start_line = \(bind: location.startLine), end_line = \(bind: location.endLine),
                    snippet = \(bind: location.snippet.map { $0.clipped(to: 2000) }) WHERE id = \(bind: entry.id)
                """).run()
        }
    }

    /// Findings that were fixed and are back: a regression, with a new SLA clock.
    func reopenFixed(_ ids: [Int]) async throws -> [Int] {
        var fixed: [(Int, Severity)] = []
        try await BatchSQL.chunked(ids) { chunk in
            for row in try await db.raw("SELECT id, severity FROM findings WHERE id IN (\(binds: chunk)) AND state = 'fixed'").all() {
                fixed.append((try row.int("id"), Severity(rawValue: try row.string("severity")) ?? .medium))
            }
        }
        let sla = project.profile.effectiveSLA
        for (id, severity) in fixed {
            try await db.raw("""
                UPDATE findings SET state = 'reopened', fixed_at = NULL, fixed_scan_id = NULL, state_reason = NULL,
                    due_at = \(bind: sla.dueDate(for: severity, firstSeen: now)?.epoch) WHERE id = \(bind: id)
                """).run()
        }
        try await recordTransitions(fixed.map(\.0), from: .fixed, to: .reopened, reason: "reported again by scan \(scanID)")
        return fixed.map(\.0)
    }

    func insertOccurrences(_ findings: [Finding], findingOf: [String: Int]) async throws {
        var unique = Set<Int>()
        let rows: [[SQLValue]] = findings.compactMap { f in
            guard let id = findingOf[f.fingerprint], unique.insert(id).inserted else { return nil }
            return [id, scanID, f.location?.path, f.location?.startLine, f.location?.endLine,
                    f.location?.snippet.map { $0.clipped(to: 2000) }, f.commit?.commit ?? upload.commit]
        }
        try await BatchSQL.insert(db, into: "occurrences", columns: [
            "finding_id", "scan_id", "path", "start_line", "end_line", "snippet", "commit_sha",
        ], rows: rows, suffix: "ON CONFLICT DO NOTHING")
    }

    func recordCreations(_ ids: [Int]) async throws {
        try await recordTransitions(ids.sorted(), from: nil, to: .open, reason: nil, action: "finding.create")
    }

    /// Active findings in this scan's scope (project, branch, kinds, tools) that it no longer reports.
    func fixMissing(seen: Set<Int>) async throws -> [Int] {
        guard !upload.kinds.isEmpty else { return [] }
        let toolCondition = upload.tools.map { "tools LIKE \(bind: "%," + $0 + ",%")" as SQLQueryString }.joined(separator: " OR ")
        let query: SQLQueryString = """
            SELECT id FROM findings WHERE project_id = \(bind: project.id) AND last_branch = \(bind: upload.branch)
            AND state IN ('open', 'confirmed', 'reopened') AND last_scan_id <> \(bind: scanID)
            AND kind IN (\(binds: upload.kinds.map(\.rawValue))) AND (
            """ + toolCondition + ")"
        let missing = try await db.raw(query).all().map { try $0.int("id") }.filter { !seen.contains($0) }
        var states: [Int: FindingState] = [:]
        try await BatchSQL.chunked(missing) { chunk in
            for row in try await db.raw("SELECT id, state FROM findings WHERE id IN (\(binds: chunk))").all() {
                states[try row.int("id")] = FindingState(rawValue: try row.string("state"))
            }
            try await db.raw("""
                UPDATE findings SET state = 'fixed', fixed_at = \(bind: now.epoch), fixed_scan_id = \(bind: scanID), state_reason = NULL
                WHERE id IN (\(binds: chunk))
                """).run()
        }
        for state in [FindingState.open, .confirmed, .reopened] {
            let ids = missing.filter { states[$0] == state }
            try await recordTransitions(ids, from: state, to: .fixed, reason: "not reported by scan \(scanID)")
        }
        return missing
    }

    func recordTransitions(_ ids: [Int], from: FindingState?, to: FindingState, reason: String?, action: String = "finding.transition") async throws {
        let rows: [[SQLValue]] = ids.map { [now.epoch, actor.name, action, project.id, $0, scanID, from?.rawValue, to.rawValue, reason] }
        try await BatchSQL.insert(db, into: "events", columns: [
            "at", "actor", "action", "project_id", "finding_id", "scan_id", "from_state", "to_state", "reason",
        ], rows: rows)
    }

    func finishScan(total: Int, newIDs: [Int], reopened: [Int], fixed: [Int], findings: [Finding]) async throws -> IngestResult {
        var summary: [String: Int] = [:]
        for finding in findings { summary[finding.severity.rawValue, default: 0] += 1 }
        try await db.raw("""
            UPDATE scans SET total_count = \(bind: total), new_count = \(bind: newIDs.count), fixed_count = \(bind: fixed.count),
                reopened_count = \(bind: reopened.count), summary = \(bind: try StoreJSON.encode(summary)) WHERE id = \(bind: scanID)
            """).run()
        try await store.record(db, Event(
            actor: actor, action: "scan.import", projectID: project.id, scanID: scanID,
            reason: "\(total) findings: \(newIDs.count) new, \(reopened.count) reopened, \(fixed.count) fixed"))
        let scan = try await store.scan(db, where: "s.id = \(bind: scanID)")!
        return IngestResult(scan: scan, newFindingIDs: newIDs, reopenedFindingIDs: reopened, fixedFindingIDs: fixed)
    }
}
