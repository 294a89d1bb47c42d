import Foundation
import Hummingbird
import WardStore

/// Teams and their members, for admins.
extension ServerServices {
    func addAdminTeamPages(to router: Router<WardRequestContext>) {
        router.get("/admin/teams") { request, context -> Response in
            let identity = try requireAdmin(context)
            let teams = try await store.teams()
            let users = try await store.users()
            let rows = teams.map { team in
                let members = users.filter { $0.teams.contains(team) }.map(\.name)
                return "<tr><td>\(HTML.escape(team.name))</td><td>\(HTML.escape(members.joined(separator: ", ")))</td></tr>"
            }
            let notice = request.query("created").map { "<p class=\"notice\" role=\"status\">Created team <strong>\(HTML.escape($0))</strong>.</p>" } ?? ""
            let body = """
                <h1>Teams</h1>\(Layout.adminTabs("/admin/teams"))\(notice)
                \(HTML.table(["Team", "Members"], rows, empty: "No teams."))
                <section class="card"><h2>Create a team</h2>
                <form method="post" action="/admin/teams" class="stack">\(HTML.csrfField(identity))
                <label>Team name <input type="text" name="name" required maxlength="100"></label>
                <button type="submit">Create team</button></form></section>
                """
            return Layout.page("Teams", identity: identity, section: .admin, body: body)
        }
        router.post("/admin/teams") { request, context -> Response in
            let identity = try requireAdmin(context)
            let form = try await WebForm.read(request)
            let team = try await store.createTeam(form["name"] ?? "", actor: identity.actor)
            return WebForm.seeOther("/admin/teams?created=" + QueryString.encode(team.name))
        }
    }
}
