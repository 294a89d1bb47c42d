import Hummingbird

extension ServerServices {
    /// The server-rendered pages (login, dashboard, projects, findings, scans, admin, audit).
    func addWebRoutes(to router: Router<WardRequestContext>) {
        router.get("/") { _, context -> Response in
            _ = try context.requireIdentity()
            return Response.redirect(to: "/api/v1/dashboard")
        }
    }
}
