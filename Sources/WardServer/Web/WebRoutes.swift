import Hummingbird
import NIOPosix

extension ServerServices {
    /// The server-rendered pages (login, dashboard, projects, findings, scans, admin, audit) and
    /// their stylesheet and script. Each page lives in its own file under `Web/Pages`.
    func addWebRoutes(to router: Router<WardRequestContext>) {
        // Computing the decoy hash early keeps the first failed sign-in from paying for it.
        Task { _ = try? await NIOThreadPool.singleton.runIfActive { LoginTiming.decoyHash } }
        StaticAssets.add(to: router)
        addLoginRoutes(to: router)
        addDashboardPage(to: router)
        addProjectsPage(to: router)
        addProjectPage(to: router)
        addFindingsPage(to: router)
        addFindingPage(to: router)
        addTriageRoutes(to: router)
        addScanPages(to: router)
        addScanPage(to: router)
        addAdminUserPages(to: router)
        addAdminTeamPages(to: router)
        addTokenPages(to: router)
        addAuditPage(to: router)
        addGovernancePages(to: router)
        addKnowledgePages(to: router)
        addAnalyticsPage(to: router)
    }
}
