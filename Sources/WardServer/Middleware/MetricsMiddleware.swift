import Foundation
import Hummingbird
import Prometheus

/// Counts requests and their durations by route template (never by raw path, to bound cardinality).
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext
    let registry: PrometheusCollectorRegistry

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let route = context.endpointPath ?? "unmatched"
            registry.makeCounter(
                name: "ward_http_requests_total", labels: [("method", request.method.rawValue), ("route", route), ("status", String(status))]
            ).increment()
            registry.makeDurationHistogram(
                name: "ward_http_request_duration_seconds", labels: [("route", route)],
                buckets: [.milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5), .seconds(30)]
            ).record(ContinuousClock.now - start)
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch {
            status = ErrorMiddleware.apiError(for: error).status.code
            throw error
        }
    }
}
