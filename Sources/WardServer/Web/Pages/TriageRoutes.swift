import Foundation
import Hummingbird
import WardStore

/// The triage forms' targets: one finding from its page, or the findings ticked in the list.
extension ServerServices {
    func addTriageRoutes(to router: Router<WardRequestContext>) {
        router.post("/findings/{id}/transition") { request, context -> Response in
            let identity = try context.requireIdentity()
            let id = try context.parameters.require("id", as: Int.self)
            _ = try await visibleFinding(id, for: identity)
            let form = try await WebForm.read(request)
            try await triage([id], form: form, identity: identity)
            return WebForm.seeOther("/findings/\(id)#history")
        }
        router.post("/findings/triage") { request, context -> Response in
            let identity = try context.requireIdentity()
            let form = try await WebForm.read(request)
            let ids = try form.all("ids").map { value -> Int in
                guard let id = Int(value) else { throw APIError.badRequest("'\(value)' is not a finding id") }
                return id
            }
            guard !ids.isEmpty else { throw APIError.badRequest("select at least one finding, then apply a state") }
            try await triage(ids, form: form, identity: identity)
            return WebForm.seeOther(WebForm.safeLocalPath(form["back"], fallback: "/findings"))
        }
    }

    /// Applies the form's state and reason; the store enforces the rules (roles, reasons, expiries).
    private func triage(_ ids: [Int], form: FormData, identity: Identity) async throws {
        guard let raw = form.value("state"), let state = FindingState(rawValue: raw) else {
            throw APIError.badRequest("choose the state to move the finding\(ids.count == 1 ? "" : "s") to")
        }
        guard let reason = form.value("reason") else { throw APIError.badRequest("a reason is required") }
        var until: Date?
        if state == .acceptedRisk {
            guard let day = WebForm.endOfDay(form.value("until")) else {
                throw APIError.badRequest("accepting a risk needs the day it expires (YYYY-MM-DD)")
            }
            until = day
        }
        try await store.transition(
            findings: ids, to: state, reason: reason, acceptedUntil: until, actor: identity.actor, visibility: identity.visibility)
    }
}
