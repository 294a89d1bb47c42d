import Foundation
import SQLKit
import WardCore
import WardGovern

extension PlatformStore {
    /// The requirements that apply to the project with their effective status: people's records weighed
    /// against the store's evidence (the latest scan of each kind, the findings open now).
    public func requirementStatuses(project: ProjectRecord, library: RequirementLibrary = .builtIn) async throws -> [EffectiveRequirementStatus] {
        let now = self.now
        return try await database.withConnection { db in
            try await self.requirementStatuses(db, project: project, library: library, at: now)
        }
    }

    func requirementStatuses(
        _ db: any SQLDatabase, project: ProjectRecord, library: RequirementLibrary = .builtIn, at now: Date
    ) async throws -> [EffectiveRequirementStatus] {
        let records = try await requirementRecords(db, projectID: project.id)
        let evidence = RequirementEvidence(
            lastScan: try await lastScans(db, projectID: project.id),
            openFindings: try await activeGovernanceFindings(db, projectID: project.id), now: now)
        return RequirementStatusEvaluator(library: library).evaluate(profile: project.profile, records: records, evidence: evidence)
    }

    func requirementRecords(_ db: any SQLDatabase, projectID: Int) async throws -> [String: RequirementStatusRecord] {
        var records: [String: RequirementStatusRecord] = [:]
        for row in try await db.raw("""
            SELECT requirement_id, status, justification, set_by, set_at FROM requirement_statuses WHERE project_id = \(bind: projectID)
            """).all() {
            guard let status = RequirementStatus(rawValue: try row.string("status")) else { continue }
            records[try row.string("requirement_id")] = RequirementStatusRecord(
                status: status, by: try row.string("set_by"), at: try row.date("set_at"), justification: try row.optionalString("justification"))
        }
        return records
    }

    /// Records a person's status for one requirement that applies to the project, with an event
    /// (`requirement.status`, from the previous status to the new one, the justification as reason).
    /// `not-applicable` needs a justification.
    @discardableResult
    public func setRequirementStatus(
        project: ProjectRecord, requirement id: String, status: RequirementStatus, justification: String?, actor: Actor,
        library: RequirementLibrary = .builtIn
    ) async throws -> EffectiveRequirementStatus {
        guard let requirement = library[id] else { throw StoreError.notFound("no requirement '\(id)'") }
        guard requirement.appliesTo.applies(to: project.profile) else {
            throw StoreError.invalid("\(id) does not apply to project '\(project.key)' (it applies to: \(requirement.appliesTo.summary))")
        }
        let why = justification?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if status == .notApplicable && why == nil { throw StoreError.invalid("justification: marking \(id) not-applicable needs a justification") }
        if let why, why.count > 2000 { throw StoreError.invalid("justification: at most 2000 characters") }
        let now = self.now
        return try await database.transaction { db in
            let previous = try await db.raw("""
                SELECT status FROM requirement_statuses WHERE project_id = \(bind: project.id) AND requirement_id = \(bind: id)
                """).first().map { try $0.string("status") }
            try await db.raw("DELETE FROM requirement_statuses WHERE project_id = \(bind: project.id) AND requirement_id = \(bind: id)").run()
            try await db.raw("""
                INSERT INTO requirement_statuses (project_id, requirement_id, status, justification, set_by, set_at)
                VALUES (\(bind: project.id), \(bind: id), \(bind: status.rawValue), \(bind: why), \(bind: actor.name), \(bind: now.epoch))
                """).run()
            try await self.record(db, Event(
                actor: actor, action: "requirement.status", projectID: project.id, from: previous ?? RequirementStatus.notStarted.rawValue,
                to: status.rawValue, reason: [id, why].compactMap { $0 }.joined(separator: ": ")))
            let statuses = try await self.requirementStatuses(db, project: project, library: library, at: now)
            return statuses.first { $0.requirement.id == id }!
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
