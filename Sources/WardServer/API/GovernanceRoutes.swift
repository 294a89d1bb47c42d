import Foundation
import Hummingbird
import NIOCore
import WardCore
import WardGovern
import WardStore

/// Requirements, threat models, attestations and maturity of a project.
extension ServerServices {
    func addGovernanceRoutes(to router: Router<WardRequestContext>) {
        router.get("/api/v1/projects/{key}/requirements") { _, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            return Page(items: try await store.requirementStatuses(project: project).map(RequirementStatusJSON.init), next: nil)
        }
        router.get("/api/v1/projects/{key}/requirements.csv") { _, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            let csv = RequirementCSVFormat.render(try await store.requirementStatuses(project: project))
            return Self.download(csv, type: "text/csv; charset=utf-8", name: "\(project.key)-requirements.csv")
        }
        router.get("/api/v1/projects/{key}/requirements.md") { _, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            let markdown = RequirementMarkdownFormat.render(
                try await store.requirementStatuses(project: project), title: "Security requirements of \(project.key)")
            return Self.download(markdown, type: "text/markdown; charset=utf-8", name: "\(project.key)-requirements.md")
        }
        router.put("/api/v1/projects/{key}/requirements/{id}") { request, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role.canTriage else { throw APIError.forbidden("auditors read requirement statuses; they do not set them") }
            let body = try await request.decode(as: RequirementStatusRequest.self, context: context)
            let result = try await store.setRequirementStatus(
                project: project, requirement: try context.parameters.require("id"), status: try body.parsed(),
                justification: body.justification, actor: identity.actor)
            return RequirementStatusJSON(result)
        }
        router.put("/api/v1/projects/{key}/threat-model") { request, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role.canUpload else { throw APIError.forbidden("auditors cannot upload threat models") }
            var request = request
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: ThreatModelParser.maximumFileSize)
            } catch {
                throw APIError(.contentTooLarge, "a threat model is at most 1 MB")
            }
            guard let text = String(validating: body.readableBytesView, as: UTF8.self) else {
                throw APIError.badRequest("\(ThreatModelParser.fileName): not valid UTF-8")
            }
            let branch = request.query("branch") ?? "main"
            let (record, _) = try await store.putThreatModel(project: project, text: text, branch: branch, actor: identity.actor)
            return try Self.threatModelJSON(record, project: project)
        }
        router.get("/api/v1/projects/{key}/threat-model") { _, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard let record = try await store.threatModel(projectID: project.id) else {
                throw APIError.notFound("project '\(project.key)' has no threat model; upload one with PUT")
            }
            return try Self.threatModelJSON(record, project: project)
        }
        router.post("/api/v1/projects/{key}/attestations") { request, context -> Response in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role >= .security else { throw APIError.forbidden("only security and admin users record attestations") }
            let body = try await request.decode(as: AttestationRequest.self, context: context)
            let record = try await store.attest(
                project: project, activity: body.activity, evidenceLink: body.evidenceLink, expiresAt: body.expiresAt, actor: identity.actor)
            return try jsonResponse(record, status: .created)
        }
        router.get("/api/v1/projects/{key}/maturity") { _, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            return MaturityJSON(try await store.maturity(project: project))
        }
    }

    static func threatModelJSON(_ record: ThreatModelRecord, project: ProjectRecord) throws -> ThreatModelJSON {
        let model = try record.model()
        let threats = ThreatAnalyzer.analyze(model)
        return ThreatModelJSON(
            project: project.key, title: record.title, uploadedBy: record.uploadedBy, uploadedAt: record.uploadedAt,
            reviewedAt: record.reviewedAt, scan: record.scanID, yaml: record.text, threats: threats,
            dot: ThreatModelDOTDiagram.render(model, threats: threats))
    }

    /// A text file the browser saves rather than shows.
    static func download(_ text: String, type: String, name: String) -> Response {
        let safe = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(safe)\""],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
