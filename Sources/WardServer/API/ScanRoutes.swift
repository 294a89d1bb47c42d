import Foundation
import Hummingbird
import NIOCore
import WardCore
import WardGovern
import WardImport
import WardStore

extension ServerServices {
    func addScanRoutes(to router: Router<WardRequestContext>) {
        router.post("/api/v1/projects/{key}/scans") { request, context -> Response in
            let identity = try context.requireIdentity()
            let key = try context.parameters.require("key")
            let result = try await upload(request: request, projectKey: key, identity: identity)
            let data = try APIJSON.encoder.encode(result)
            return Response(
                status: .created, headers: [.contentType: "application/json; charset=utf-8", .location: "/api/v1/scans/\(result.scan.id)"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.get("/api/v1/projects/{key}/scans") { request, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            let scans = try await store.scans(projectID: project.id, visibility: identity.visibility, before: request.query("cursor").flatMap { Int($0) })
            return Page(items: scans, next: scans.count == 50 ? scans.last.map { String($0.id) } : nil)
        }
        router.get("/api/v1/scans") { request, context in
            let identity = try context.requireIdentity()
            let scans = try await store.scans(visibility: identity.visibility, before: request.query("cursor").flatMap { Int($0) })
            return Page(items: scans, next: scans.count == 50 ? scans.last.map { String($0.id) } : nil)
        }
        router.get("/api/v1/scans/{id}") { request, context in
            let identity = try context.requireIdentity()
            let scan = try await visibleScan(try context.parameters.require("id", as: Int.self), for: identity)
            let changes = try await store.scanChanges(scanID: scan.id)
            return ScanDetailJSON(scan: scan, new: changes.new, reopened: changes.reopened, fixed: changes.fixed)
        }
        router.get("/api/v1/projects/{key}/gate") { request, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            var failOnNew: Severity?
            if let failOn = request.query("fail-on") {
                guard let severity = Severity(rawValue: failOn) else { throw FindingFilter.bad("fail-on", failOn, Severity.allCases.map(\.rawValue)) }
                failOnNew = severity
            }
            var release = false
            if let value = request.query("release") {
                guard let flag = Bool(value) else { throw APIError.badRequest("release: '\(value)' is not true or false") }
                release = flag
            }
            var scanID: Int?
            if let scan = request.query("scan") {
                guard let id = Int(scan) else { throw APIError.badRequest("scan: '\(scan)' is not a scan id") }
                scanID = id
            }
            let gate = try await store.evaluateGate(project: project, scanID: scanID, failOn: failOnNew, release: release, actor: identity.actor)
            return GateJSON(
                project: project.key, scan: gate.scan?.id, pass: gate.decision.pass, reasons: gate.decision.reasons,
                baseline: gate.baseline?.reference, riskTier: gate.tier.rawValue)
        }
    }

    func visibleScan(_ id: Int, for identity: Identity) async throws -> ScanRecord {
        guard let scan = try await store.scan(id: id), let project = try await store.project(id: scan.projectID),
              identity.visibility.allows(project)
        else { throw APIError.notFound("no scan \(id)") }
        return scan
    }

    /// Reads an uploaded report (bounded in size), finds its format, and imports it as one scan.
    func upload(request: Request, projectKey: String, identity: Identity) async throws -> UploadResultJSON {
        guard identity.role.canUpload else { throw APIError.forbidden("\(identity.role.rawValue)s cannot upload scans") }
        if let limited = identity.token?.projects, !limited.contains(projectKey) { throw APIError.notFound("no project '\(projectKey)'") }
        let existing = try await store.project(key: projectKey)
        if let existing, !identity.visibility.allows(existing) { throw APIError.notFound("no project '\(projectKey)'") }
        // Security and admin may create projects anyway; a developer's token needs to have been made with --create-projects.
        let mayCreate = identity.role >= .security || identity.token?.canCreateProjects == true
        if existing == nil && !mayCreate {
            throw APIError.notFound("no project '\(projectKey)' (a token created with --create-projects may create it on first upload)")
        }

        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maxUploadBytes)
        } catch {
            throw APIError(.contentTooLarge, "the report is larger than the server accepts (\(configuration.maxUploadBytes >> 20) MiB)")
        }
        let data = Data(buffer: body)
        guard !data.isEmpty else { throw APIError.badRequest("the request has no report in its body") }
        let result = try await importLimiter.run { [self, request] in
            try await importReport(data, request: request, projectKey: projectKey, identity: identity, mayCreate: mayCreate)
        }
        guard let project = try await store.project(id: result.scan.projectID) else { throw APIError.notFound("no project '\(projectKey)'") }
        let gate = try await store.evaluateGate(project: project, scanID: result.scan.id, actor: identity.actor).decision
        return UploadResultJSON(
            scan: result.scan, url: configuration.baseURL + "/scans/\(result.scan.id)", new: result.newFindingIDs.count,
            reopened: result.reopenedFindingIDs.count, fixed: result.fixedFindingIDs.count, gate: gate)
    }
}

extension ServerServices {
    /// The first stored text that holds U+0000: SQLite cuts text there (a NUL fingerprint no longer matches itself) and PostgreSQL refuses it.
    /// Reads the report in any format Ward knows and imports it as one scan.
    func importReport(_ data: Data, request: Request, projectKey: String, identity: Identity, mayCreate: Bool) async throws -> IngestResult {
        let name = "upload to \(projectKey)"
        let format = request.query("format") ?? "auto"
        let reader: (any ReportReader.Type)?
        if format == "auto" { reader = ReportReaders.detect(data) } else { reader = ReportReaders.named(format) }
        guard let reader else {
            throw APIError.badRequest(format == "auto"
                ? "\(name): the format is not one Ward reads (\(ReportReaders.all.map { $0.id }.joined(separator: ", ")))"
                : "format: '\(format)' is not one of auto, \(ReportReaders.all.map { $0.id }.joined(separator: ", "))")
        }
        let imported: ImportedReport
        var started = Date(), finished = Date()
        var lines: Int?
        do {
            if reader == WardJSONReader.self {
                let report = try WardJSONReader.readReport(data, path: name)
                imported = ImportedReport(tools: [report.tool], findings: report.findings)
                started = report.startedAt
                finished = report.finishedAt
                lines = report.statistics.linesScanned
            } else {
                imported = try reader.read(data, path: name)
            }
        } catch let error as ReportReadError {
            throw APIError.badRequest(error.description)
        }
        if let field = Self.fieldWithNUL(imported.findings, query: [request.query("branch"), request.query("commit")] + request.queryList("tools")) {
            throw APIError.badRequest("\(name): \(field) contains a NUL character, which cannot be stored")
        }
        var kinds = try request.queryList("kinds").map { value in
            guard let kind = FindingKind(rawValue: value) else { throw FindingFilter.bad("kinds", value, FindingKind.allCases.map(\.rawValue)) }
            return kind
        }
        if kinds.isEmpty {
            // Without a statement of what was looked for, the scope is what was found plus what the format always covers.
            kinds = Array(Set(imported.findings.map(\.kind)).union(reader == WardJSONReader.self ? [.secret] : [.code]))
        }
        let tools = request.queryList("tools").isEmpty ? imported.tools.map(\.name) : request.queryList("tools")
        var upload = ScanUpload(
            branch: request.query("branch") ?? "main", commit: request.query("commit"), tools: Array(Set(tools)).sorted(),
            kinds: kinds.sorted { $0.rawValue < $1.rawValue }, startedAt: started, finishedAt: finished, format: reader.id,
            findings: imported.findings)
        upload.linesScanned = lines
        let team = identity.user.teams.first?.name
        return try await store.ingest(upload, project: projectKey, createProject: mayCreate, team: team, actor: identity.actor)
    }

    static func fieldWithNUL(_ findings: [Finding], query: [String?]) -> String? {
        if query.contains(where: { $0?.contains("\u{0}") == true }) { return "a query parameter" }
        for (index, finding) in findings.enumerated() {
            let texts: [(String, String?)] = [
                ("fingerprint", finding.fingerprint), ("ruleId", finding.ruleId), ("tool", finding.tool), ("title", finding.title),
                ("message", finding.message), ("location.path", finding.location?.path), ("location.snippet", finding.location?.snippet),
                ("component.purl", finding.component?.purl), ("advisory.id", finding.advisory?.id), ("secret.sha256", finding.secret?.sha256),
            ]
            if let (name, _) = texts.first(where: { $0.1?.contains("\u{0}") == true }) { return "finding \(index + 1)'s \(name)" }
        }
        return nil
    }
}

struct ScanDetailJSON: Codable, Sendable, ResponseEncodable {
    var scan: ScanRecord
    var new: [Int]
    var reopened: [Int]
    var fixed: [Int]
}
