import Hummingbird
import WardStore

/// The frame around every page: head, navigation with the signed-in user and role, and the
/// logout form (a POST with the CSRF token, so another site cannot sign anyone out).
enum Layout {
    enum Section: String {
        case dashboard, projects, findings, scans, maturity, analytics, kb, audit, admin, tokens, none
    }

    static func page(
        _ title: String, identity: Identity?, section: Section = .none, status: HTTPResponse.Status = .ok, body: String
    ) -> Response {
        HTML.response(document(title, identity: identity, section: section, body: body), status: status)
    }

    static func document(_ title: String, identity: Identity?, section: Section, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · Ward</title>
        <link rel="stylesheet" href="/static/ward.css"><script src="/static/ward.js" defer></script></head>
        <body><a class="skip" href="#main">Skip to content</a>
        \(header(identity, section: section))
        <main id="main">\(body)</main>
        <footer><p>Ward · dates in UTC</p></footer>
        </body></html>
        """
    }

    private static func header(_ identity: Identity?, section: Section) -> String {
        guard let identity else {
            return "<header class=\"top\"><a class=\"brand\" href=\"/\">Ward</a></header>"
        }
        var links: [(Section, String, String)] = [
            (.dashboard, "/", "Dashboard"), (.projects, "/projects", "Projects"), (.findings, "/findings", "Findings"),
            (.scans, "/scans", "Scans"), (.maturity, "/maturity", "Maturity"), (.analytics, "/analytics", "Analytics"), (.kb, "/kb", "Knowledge base"),
        ]
        if identity.role.canReadAuditLog { links.append((.audit, "/audit", "Audit log")) }
        if identity.role.canAdminister {
            links.append((.admin, "/admin/users", "Admin"))
        } else if identity.token == nil {
            links.append((.tokens, "/tokens", "My tokens"))
        }
        let items = links.map { entry -> String in
            let current = entry.0 == section ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(entry.1)\"\(current)>\(entry.2)</a></li>"
        }.joined()
        let logout = identity.sessionID == nil ? "" : """
            <form class="logout" method="post" action="/logout">\(HTML.csrfField(identity))<button type="submit">Sign out</button></form>
            """
        return """
            <header class="top"><a class="brand" href="/">Ward</a><nav aria-label="Main"><ul>\(items)</ul></nav>
            <div class="who"><span class="user">\(HTML.escape(identity.user.name))</span>
            <span class="role role-\(identity.role.rawValue)">\(identity.role.rawValue)</span>\(logout)</div></header>
            """
    }

    /// Tabs of the admin section.
    static func adminTabs(_ current: String) -> String {
        let tabs = [("/admin/users", "Users"), ("/admin/teams", "Teams"), ("/admin/tokens", "Tokens")]
        return "<nav class=\"tabs\" aria-label=\"Admin\"><ul>" + tabs.map { path, label -> String in
            "<li><a href=\"\(path)\"\(path == current ? " aria-current=\"page\"" : "")>\(label)</a></li>"
        }.joined() + "</ul></nav>"
    }
}
