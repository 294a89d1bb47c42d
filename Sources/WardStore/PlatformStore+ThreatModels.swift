import Foundation
import SQLKit
import WardCore
import WardGovern

/// A project's stored threat model: the YAML as uploaded, who uploaded it and when, and its review date.
public struct ThreatModelRecord: Sendable, Hashable {
    public var projectID: Int
    public var title: String
    public var text: String
    public var uploadedBy: String
    public var uploadedAt: Date
    /// The model's own `reviewed:` date.
    public var reviewedAt: Date?
    /// The `design` scan its threats were imported as.
    public var scanID: Int?

    /// The model parsed again; stored text was valid when it was stored.
    public func model() throws -> ThreatModel {
        try ThreatModelParser.parse(text, path: ThreatModelParser.fileName)
    }
}

extension PlatformStore {
    /// The tool name threat-model imports carry; its `design` findings are fixed only by the next model.
    public static let threatTool = "ward-threat"

    /// Stores `text` as the project's threat model and imports its threats as a `design` scan by `ward-threat`, in
    /// one transaction: threats follow the findings' lifecycle, and one that leaves the model becomes fixed.
    public func putThreatModel(project: ProjectRecord, text: String, branch: String = "main", actor: Actor) async throws -> (ThreatModelRecord, IngestResult) {
        guard !text.contains("\0") else { throw StoreError.invalid("\(ThreatModelParser.fileName): the text contains a NUL character") }
        let model = try ThreatModelParser.parse(text, path: ThreatModelParser.fileName)
        let now = self.now
        let findings = ThreatAnalyzer().findings(for: model).map { finding in
            var finding = finding
            finding.tool = Self.threatTool
            return finding
        }
        let upload = ScanUpload(
            branch: branch, tools: [Self.threatTool], kinds: [.design], startedAt: now, finishedAt: now, format: "ward-threat-model",
            findings: findings)
        return try await database.transaction { db in
            var run = IngestRun(store: self, db: db, project: project, upload: upload, actor: actor)
            let result = try await run.execute()
            try await db.raw("DELETE FROM threat_models WHERE project_id = \(bind: project.id)").run()
            try await db.raw("""
                INSERT INTO threat_models (project_id, title, body, uploaded_by, uploaded_at, reviewed_at, scan_id)
                VALUES (\(bind: project.id), \(bind: model.title), \(bind: text), \(bind: actor.name), \(bind: now.epoch),
                        \(bind: model.reviewed?.epoch), \(bind: result.scan.id))
                """).run()
            try await self.record(db, Event(
                actor: actor, action: "threat-model.update", projectID: project.id, scanID: result.scan.id,
                reason: "\(model.title) version \(model.version): \(findings.count) threat\(findings.count == 1 ? "" : "s")"))
            let record = ThreatModelRecord(
                projectID: project.id, title: model.title, text: text, uploadedBy: actor.name, uploadedAt: now, reviewedAt: model.reviewed,
                scanID: result.scan.id)
            return (record, result)
        }
    }

    public func threatModel(projectID: Int) async throws -> ThreatModelRecord? {
        try await database.withConnection { db in
            try await db.raw("""
                SELECT project_id, title, body, uploaded_by, uploaded_at, reviewed_at, scan_id FROM threat_models WHERE project_id = \(bind: projectID)
                """).first().map { row in
                ThreatModelRecord(
                    projectID: try row.int("project_id"), title: try row.string("title"), text: try row.string("body"),
                    uploadedBy: try row.string("uploaded_by"), uploadedAt: try row.date("uploaded_at"),
                    reviewedAt: try row.optionalDate("reviewed_at"), scanID: try row.optionalInt("scan_id"))
            }
        }
    }
}
