import Foundation
import Hummingbird
import WardGovern
import WardStore

struct CreateProjectRequest: Codable, Sendable {
    var key: String
    var name: String?
    var team: String?
    var profile: ProjectProfile?
}

extension ServerServices {
    func addProjectRoutes(to router: Router<WardRequestContext>) {
        router.get("/api/v1/projects") { request, context in
            let identity = try context.requireIdentity()
            return Page(items: try await store.projects(visibility: identity.visibility).map(ProjectJSON.init), next: nil)
        }
        router.post("/api/v1/projects") { request, context -> Response in
            let identity = try context.requireIdentity()
            guard identity.role >= .security else { throw APIError.forbidden("only security and admin users create projects") }
            let body = try await request.decode(as: CreateProjectRequest.self, context: context)
            let project = try await store.createProject(
                key: body.key, name: body.name, team: body.team, profile: try (body.profile ?? ProjectProfile()).validated(), actor: identity.actor)
            return try jsonResponse(ProjectJSON(project), status: .created)
        }
        router.get("/api/v1/projects/{key}") { request, context in
            let identity = try context.requireIdentity()
            return ProjectJSON(try await visibleProject(try context.parameters.require("key"), for: identity))
        }
        router.put("/api/v1/projects/{key}/profile") { request, context in
            let identity = try context.requireIdentity()
            let project = try await visibleProject(try context.parameters.require("key"), for: identity)
            guard identity.role >= .security else { throw APIError.forbidden("only security and admin users change a project's profile") }
            let body = try await request.decode(as: ProjectProfileRequest.self, context: context)
            if let choice = body.baseline { try PlatformStore.validateBaselineChoice(choice) }
            return ProjectJSON(try await store.updateProfile(
                project: project.key, profile: try body.profile.validated(), baseline: body.baseline, actor: identity.actor))
        }
        router.get("/api/v1/dashboard") { request, context in
            let identity = try context.requireIdentity()
            let projectID = try await request.query("project").asyncMap { try await visibleProject($0, for: identity).id }
            return try await store.dashboard(projectID: projectID, visibility: identity.visibility)
        }
        router.get("/api/v1/events") { request, context in
            let identity = try context.requireIdentity()
            guard identity.role.canReadAuditLog else { throw APIError.forbidden("the audit log is for auditors, security and admin users") }
            var filter = EventFilter(actor: request.query("actor"), action: request.query("action"), before: request.query("cursor").flatMap { Int($0) })
            if let key = request.query("project") { filter.projectID = try await visibleProject(key, for: identity).id }
            if let limit = request.query("limit").flatMap({ Int($0) }) { filter.limit = limit }
            let events = try await store.events(filter, visibility: identity.visibility)
            return Page(items: events.map(EventJSON.init), next: events.count == filter.limit ? events.last.map { String($0.id) } : nil)
        }
    }
}

extension ProjectProfile {
    /// SLA days the platform can turn into due dates: 1 day to 10 years.
    static let slaDays = 1...3650

    /// The profile, or 400 when its SLA has days out of range.
    func validated() throws -> ProjectProfile {
        guard let sla else { return self }
        for (name, days) in [("critical", sla.critical), ("high", sla.high), ("medium", sla.medium), ("low", sla.low), ("info", sla.info)] {
            if let days, !Self.slaDays.contains(days) {
                throw APIError.badRequest("sla.\(name): \(days) is not a number of days from \(Self.slaDays.lowerBound) to \(Self.slaDays.upperBound)")
            }
        }
        return self
    }
}

func jsonResponse<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
    Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
             body: .init(byteBuffer: ByteBuffer(bytes: try APIJSON.encoder.encode(value))))
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
