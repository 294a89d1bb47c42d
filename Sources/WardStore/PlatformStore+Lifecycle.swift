import Foundation
import SQLKit
import WardCore

extension PlatformStore {
    /// Longest a risk may be accepted for before it has to be looked at again.
    public static let longestAcceptance: TimeInterval = 366 * 86_400

    /// Moves findings to `state` on a person's decision; every change is an event with its reason.
    @discardableResult
    public func transition(
        findings ids: [Int], to state: FindingState, reason: String, acceptedUntil: Date? = nil, actor: Actor, visibility: Visibility
    ) async throws -> [FindingRecord] {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard actor.role.canTriage else { throw StoreError.forbidden("\(actor.role.rawValue)s cannot triage findings") }
        guard FindingState.triageTargets.contains(state) else {
            throw StoreError.invalid("'\(state.rawValue)' is set by scans, not by hand; choose one of \(FindingState.triageTargets.map(\.rawValue).joined(separator: ", "))")
        }
        guard !reason.isEmpty else { throw StoreError.invalid("a reason is required") }
        guard reason.count <= 2000 else { throw StoreError.invalid("a reason is at most 2000 characters") }
        guard !ids.isEmpty, ids.count <= 1000 else { throw StoreError.invalid("select 1 to 1000 findings") }
        var acceptance: Date?
        if state == .acceptedRisk {
            guard actor.role.canAcceptRisk else { throw StoreError.forbidden("only security and admin users can accept a risk") }
            guard let acceptedUntil else { throw StoreError.invalid("accepting a risk needs an expiry date (acceptedUntil)") }
            guard acceptedUntil > now, acceptedUntil <= now.addingTimeInterval(Self.longestAcceptance) else {
                throw StoreError.invalid("a risk acceptance expires between tomorrow and one year from now")
            }
            acceptance = acceptedUntil
        }
        let visible = try await findings(ids: ids, visibility: visibility)
        guard visible.count == Set(ids).count else { throw StoreError.notFound("no such finding") }
        let when = now, until = acceptance
        try await database.transaction { db in
            for finding in visible where finding.state != state {
                try await db.raw("""
                    UPDATE findings SET state = \(bind: state.rawValue), state_reason = \(bind: reason), accepted_until = \(bind: until?.epoch),
                        fixed_at = \(bind: state == .fixed ? when.epoch : nil), fixed_scan_id = NULL WHERE id = \(bind: finding.id)
                    """).run()
                let note = until.map { "\(reason) (accepted until \($0.day))" } ?? reason
                try await self.record(db, Event(
                    actor: actor, action: "finding.transition", projectID: finding.projectID, findingID: finding.id,
                    from: finding.state.rawValue, to: state.rawValue, reason: note))
            }
            try await self.refreshSummaries(db, projectIDs: visible.filter { $0.state != state }.map(\.projectID))
        }
        return try await findings(ids: ids, visibility: visibility)
    }

    /// Reopens every risk acceptance that has expired; returns the findings reopened.
    @discardableResult
    public func expireAcceptances() async throws -> [Int] {
        try await database.transaction { db in try await self.expireAcceptances(db, projectID: nil, scanID: nil) }
    }

    func expireAcceptances(_ db: any SQLDatabase, projectID: Int?, scanID: Int?) async throws -> [Int] {
        var condition: SQLQueryString = "state = 'accepted_risk' AND accepted_until < \(bind: now.epoch)"
        if let projectID { condition += " AND project_id = \(bind: projectID)" }
        let rows = try await db.raw("SELECT id, project_id, accepted_until FROM findings WHERE " + condition).all()
        var reopened: [Int] = [], touched = Set<Int>()
        for row in rows {
            let id = try row.int("id")
            touched.insert(try row.int("project_id"))
            try await db.raw("""
                UPDATE findings SET state = 'reopened', accepted_until = NULL, state_reason = 'risk acceptance expired' WHERE id = \(bind: id)
                """).run()
            try await record(db, Event(
                actor: .system, action: "finding.transition", projectID: try row.int("project_id"), findingID: id, scanID: scanID,
                from: FindingState.acceptedRisk.rawValue, to: FindingState.reopened.rawValue,
                reason: "risk acceptance expired on \(try row.date("accepted_until").day)"))
            reopened.append(id)
        }
        // An import recounts its own project once it is done; a sweep over every project recounts here.
        if projectID == nil { try await refreshSummaries(db, projectIDs: touched) }
        return reopened
    }
}

extension Date {
    /// `2026-11-22`, in UTC.
    public var day: String { formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day()) }
}
