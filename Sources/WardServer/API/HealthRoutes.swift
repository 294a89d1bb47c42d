import Foundation
import Hummingbird
import WardCore
import WardStore

extension ServerServices {
    func addHealthRoutes(to router: Router<WardRequestContext>) {
        router.get("/health") { _, _ -> Response in
            do {
                _ = try await store.database.appliedMigrations()
                return try jsonResponse(["status": "ok", "version": WardVersion.current])
            } catch {
                return try jsonResponse(["status": "unavailable", "version": WardVersion.current], status: .serviceUnavailable)
            }
        }
        router.get("/metrics") { _, _ -> Response in
            let stats = try await store.dashboard(visibility: .everything, weeks: 1)
            for severity in Severity.allCases {
                registry.makeGauge(name: "ward_open_findings", labels: [("severity", severity.rawValue)])
                    .set(Double(stats.openBySeverity[severity.rawValue] ?? 0))
            }
            registry.makeGauge(name: "ward_overdue_findings").set(Double(stats.overdue))
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        router.get("/api/v1/openapi.json") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=300"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
    }
}
