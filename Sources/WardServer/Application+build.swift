import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import WardStore

/// Builds the platform's HTTP application: API, web UI, health and metrics, behind the security,
/// metrics, error and authentication middleware. Tests call it in process; `ward serve` runs it.
public func buildApplication(_ services: ServerServices, logger: Logger = Logger(label: "ward.server")) -> some ApplicationProtocol {
    let router = Router(context: WardRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(secure: services.configuration.secureCookies))
    router.add(middleware: MetricsMiddleware(registry: services.registry))
    router.add(middleware: ErrorMiddleware(renderPage: WebErrorPage.render))
    router.add(middleware: AuthenticationMiddleware(store: services.store))
    services.addHealthRoutes(to: router)
    services.addProjectRoutes(to: router)
    services.addScanRoutes(to: router)
    services.addFindingRoutes(to: router)
    services.addAdminRoutes(to: router)
    services.addGovernanceRoutes(to: router)
    services.addKnowledgeRoutes(to: router)
    services.addAnalyticsRoutes(to: router)
    services.addWebRoutes(to: router)
    return Application(
        router: router,
        configuration: .init(address: .hostname(services.configuration.host, port: services.configuration.port), serverName: "Ward"),
        services: [ExpiryService(store: services.store, logger: logger)],
        logger: logger)
}

/// Reopens expired risk acceptances every ten minutes, so nothing waits for the next scan.
struct ExpiryService: Service {
    let store: PlatformStore
    let logger: Logger

    func run() async throws {
        // Stop with the server: a service that ignores graceful shutdown keeps `ward serve` from exiting on SIGTERM.
        await cancelWhenGracefulShutdown { [store, logger] in
            while !Task.isCancelled {
                do {
                    let reopened = try await store.expireAcceptances()
                    if !reopened.isEmpty { logger.info("reopened \(reopened.count) findings whose risk acceptance expired") }
                } catch where !Task.isCancelled {
                    logger.error("expiring risk acceptances failed: \(String(describing: error))")
                } catch {}
                try? await Task.sleep(for: .seconds(600))
            }
        }
    }
}
