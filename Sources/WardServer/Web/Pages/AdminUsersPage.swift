import Foundation
import Hummingbird
import WardStore

/// Users, for admins.
extension ServerServices {
    func addAdminUserPages(to router: Router<WardRequestContext>) {
        router.get("/admin/users") { request, context -> Response in
            let identity = try requireAdmin(context)
            let users = try await store.users()
            let teams = try await store.teams()
            let rows = users.map { user in
                """
                <tr><td>\(HTML.escape(user.name))</td><td><span class="role-\(user.role.rawValue)">\(user.role.rawValue)</span></td>\
                <td>\(HTML.escape(user.teams.map(\.name).joined(separator: ", ")))</td><td>\(HTML.day(user.createdAt))</td>\
                <td>\(user.disabled ? "disabled" : "active")</td></tr>
                """
            }
            let notice = request.query("created").map { "<p class=\"notice\" role=\"status\">Created user <strong>\(HTML.escape($0))</strong>.</p>" } ?? ""
            let roles = HTML.options(Role.allCases.map { ($0.rawValue, $0.rawValue) }, selected: ["developer"])
            let body = """
                <h1>Users</h1>\(Layout.adminTabs("/admin/users"))\(notice)
                \(HTML.table(["Name", "Role", "Teams", "Created", "Status"], rows, empty: "No users."))
                <section class="card"><h2>Create a user</h2>
                <form method="post" action="/admin/users" class="stack">\(HTML.csrfField(identity))
                <label>User name <input type="text" name="name" required maxlength="64" pattern="[A-Za-z0-9._@-]+"></label>
                <label>Password (12 characters or more) <input type="password" name="password" required minlength="12" autocomplete="new-password"></label>
                <label>Role <select name="role">\(roles)</select></label>
                <label>Teams (comma-separated; created if missing) <input type="text" name="teams" list="team-names"></label>
                <datalist id="team-names">\(teams.map { team -> String in "<option value=\"\(HTML.escape(team.name))\">" }.joined())</datalist>
                <button type="submit">Create user</button></form></section>
                """
            return Layout.page("Users", identity: identity, section: .admin, body: body)
        }
        router.post("/admin/users") { request, context -> Response in
            let identity = try requireAdmin(context)
            let form = try await WebForm.read(request)
            guard let name = form.value("name") else { throw APIError.badRequest("a user needs a name") }
            guard let role = form.value("role").flatMap(Role.init(rawValue:)) else { throw APIError.badRequest("choose a role") }
            let hash = try await Passwords.hash(form["password"] ?? "", cost: configuration.bcryptCost)
            let user = try await store.createUser(name: name, passwordHash: hash, role: role, teams: form.list("teams"), actor: identity.actor)
            return WebForm.seeOther("/admin/users?created=" + QueryString.encode(user.name))
        }
    }
}
