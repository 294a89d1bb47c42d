import Foundation
import Hummingbird
import WardStore

/// API tokens: admins manage everyone's at /admin/tokens; everyone manages their own at /tokens.
/// A new token is shown once, on the page that answers its creation, and never again.
extension ServerServices {
    func addTokenPages(to router: Router<WardRequestContext>) {
        for scope in TokenScope.allCases {
            router.get(RouterPath(scope.path)) { _, context -> Response in
                let identity = try scope.require(context, services: self)
                return try await tokensPage(scope, identity: identity, created: nil)
            }
            router.post(RouterPath(scope.path)) { request, context -> Response in
                let identity = try scope.require(context, services: self)
                let form = try await WebForm.read(request)
                let owner = scope == .all ? (form.value("user") ?? identity.user.name) : identity.user.name
                let role = try form.value("role").map { raw -> Role in
                    guard let role = Role(rawValue: raw) else { throw APIError.badRequest("role: '\(raw)' is not a role") }
                    return role
                }
                let projects = form.list("projects")
                let created = try await store.createToken(
                    name: form.value("name") ?? "", user: owner, role: role, projects: projects.isEmpty ? nil : projects,
                    canCreateProjects: form["create_projects"] == "on", actor: identity.actor)
                return try await tokensPage(scope, identity: identity, created: created.token, status: .created)
            }
            router.post(RouterPath(scope.path + "/{id}/revoke")) { _, context -> Response in
                let identity = try scope.require(context, services: self)
                let id = try context.parameters.require("id", as: Int.self)
                let visible = try await store.tokens(ofUser: scope == .all ? nil : identity.user.id).contains { $0.id == id }
                guard visible else { throw APIError.notFound("no token \(id)") }
                try await store.revokeToken(id, actor: identity.actor)
                return WebForm.seeOther(scope.path)
            }
        }
    }

    private func tokensPage(
        _ scope: TokenScope, identity: Identity, created: String?, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let tokens = try await store.tokens(ofUser: scope == .all ? nil : identity.user.id)
        let rows = tokens.map { token in
            let revoke = token.revokedAt == nil ? """
                <form method="post" action="\(scope.path)/\(token.id)/revoke" class="inline">\(HTML.csrfField(identity))<button type="submit" class="danger">Revoke</button></form>
                """ : "revoked \(HTML.day(token.revokedAt))"
            return """
                <tr><td>\(HTML.escape(token.name))</td><td>\(HTML.escape(token.userName))</td><td><code>\(HTML.escape(token.prefix))…</code></td>\
                <td>\(token.role.rawValue)</td><td>\(HTML.escape(token.projects?.joined(separator: ", ") ?? "all visible"))\(token.canCreateProjects ? " (may create)" : "")</td>\
                <td>\(HTML.day(token.createdAt))</td><td>\(HTML.day(token.lastUsedAt))</td><td>\(revoke)</td></tr>
                """
        }
        let shown = created.map {
            """
            <section class="card notice" role="status"><h2>Your new token</h2><p>Copy it now: Ward keeps only its hash and will not show it again.</p>
            <p class="secret-once" id="new-token">\(HTML.escape($0))</p></section>
            """
        } ?? ""
        let users = scope == .all ? try await store.users().filter { !$0.disabled } : []
        let owner = scope == .all
            ? "<label>For user <select name=\"user\">\(HTML.options(users.map { ($0.name, "\($0.name) (\($0.role.rawValue))") }, selected: [identity.user.name]))</select></label>"
            : ""
        let roles = HTML.options(Role.allCases.filter { $0 <= identity.role }.map { ($0.rawValue, $0.rawValue) }, selected: [], blank: "Same as the user")
        let body = """
            <h1>\(scope == .all ? "API tokens" : "My API tokens")</h1>\(scope == .all ? Layout.adminTabs("/admin/tokens") : "")\(shown)
            \(HTML.table(["Name", "User", "Prefix", "Role", "Projects", "Created", "Last used", ""], rows, empty: "No tokens."))
            <section class="card"><h2>Create a token</h2>
            <form method="post" action="\(scope.path)" class="stack">\(HTML.csrfField(identity))
            <label>Name (e.g. the pipeline that uses it) <input type="text" name="name" required maxlength="100"></label>\(owner)
            <label>Role <select name="role">\(roles)</select></label>
            <label>Limit to projects (comma-separated keys; empty for all the user sees) <input type="text" name="projects"></label>
            <label class="inline"><input type="checkbox" name="create_projects"> May create a project on its first upload</label>
            <p><button type="submit">Create token</button></p></form></section>
            """
        return Layout.page("Tokens", identity: identity, section: scope == .all ? .admin : .tokens, status: status, body: body)
    }
}

/// Whose tokens a page manages.
enum TokenScope: CaseIterable {
    case all, own

    var path: String { self == .all ? "/admin/tokens" : "/tokens" }

    /// Tokens are managed from a signed-in browser, never with a token (as in the API).
    func require(_ context: WardRequestContext, services: ServerServices) throws -> Identity {
        let identity = self == .all ? try services.requireAdmin(context) : try context.requireIdentity()
        guard identity.token == nil else { throw APIError.forbidden("tokens are managed from a signed-in session, not with a token") }
        return identity
    }
}
