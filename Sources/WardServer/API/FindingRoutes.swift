import Foundation
import Hummingbird
import WardCore
import WardStore

extension ServerServices {
    func addFindingRoutes(to router: Router<WardRequestContext>) {
        router.get("/api/v1/findings") { request, context in
            let identity = try context.requireIdentity()
            var filter = try FindingFilter(query: request)
            if let key = request.query("project") { filter.projectID = try await visibleProject(key, for: identity).id }
            return try await findingsPage(filter, identity: identity)
        }
        router.get("/api/v1/projects/{key}/findings") { request, context in
            let identity = try context.requireIdentity()
            var filter = try FindingFilter(query: request)
            filter.projectID = try await visibleProject(try context.parameters.require("key"), for: identity).id
            return try await findingsPage(filter, identity: identity)
        }
        router.get("/api/v1/findings/{id}") { request, context in
            let identity = try context.requireIdentity()
            return try await findingDetail(try context.parameters.require("id", as: Int.self), identity: identity)
        }
        router.get("/api/v1/findings/{id}/events") { request, context in
            let identity = try context.requireIdentity()
            let finding = try await visibleFinding(try context.parameters.require("id", as: Int.self), for: identity)
            let events = try await store.events(EventFilter(findingID: finding.id, limit: 1000))
            return Page(items: events.reversed().map(EventJSON.init), next: nil)
        }
        router.post("/api/v1/findings/{id}/transition") { request, context in
            let identity = try context.requireIdentity()
            let id = try context.parameters.require("id", as: Int.self)
            let body = try await request.decode(as: TransitionRequest.self, context: context)
            _ = try await visibleFinding(id, for: identity)
            let updated = try await store.transition(
                findings: [id], to: body.state, reason: body.reason, acceptedUntil: body.acceptedUntil, actor: identity.actor,
                visibility: identity.visibility)
            return FindingJSON(updated[0], now: Date())
        }
        router.post("/api/v1/findings/transition") { request, context in
            let identity = try context.requireIdentity()
            let body = try await request.decode(as: BulkTransitionRequest.self, context: context)
            let updated = try await store.transition(
                findings: body.ids, to: body.state, reason: body.reason, acceptedUntil: body.acceptedUntil, actor: identity.actor,
                visibility: identity.visibility)
            return Page(items: updated.map { FindingJSON($0, now: Date()) }, next: nil)
        }
    }

    func findingsPage(_ filter: FindingFilter, identity: Identity) async throws -> Page<FindingJSON> {
        let page = try await store.findings(filter, visibility: identity.visibility)
        let now = Date()
        return Page(items: page.items.map { FindingJSON($0, now: now) }, next: page.next)
    }

    func findingDetail(_ id: Int, identity: Identity) async throws -> FindingDetailJSON {
        let finding = try await visibleFinding(id, for: identity)
        return FindingDetailJSON(
            finding: FindingJSON(finding, now: Date()), remediation: finding.detail.remediation, secret: finding.detail.secret,
            component: finding.detail.component, advisory: finding.detail.advisory, sources: try await store.sources(ofFinding: id),
            occurrences: try await store.occurrences(ofFinding: id))
    }
}
