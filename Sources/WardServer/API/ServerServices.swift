import Foundation
import Hummingbird
import Prometheus
import WardCore
import WardGovern
import WardStore

/// What every route needs: the store, the configuration, the rule catalog, metrics and the login limiter.
public struct ServerServices: Sendable {
    public let store: PlatformStore
    public let configuration: ServerConfiguration
    /// Every rule the platform explains in its knowledge base; the `ward` executable passes the full catalog.
    public let rules: [RuleDescription]
    let registry: PrometheusCollectorRegistry
    let loginLimiter: LoginLimiter
    let importLimiter: ImportLimiter

    public init(store: PlatformStore, configuration: ServerConfiguration, rules: [RuleDescription] = []) {
        self.store = store
        self.configuration = configuration
        self.rules = rules
        self.registry = PrometheusCollectorRegistry()
        self.loginLimiter = LoginLimiter()
        self.importLimiter = ImportLimiter(limit: configuration.maxConcurrentImports)
    }

    /// The project `key` if the identity may see it; 404 otherwise, so other teams' projects stay unknown.
    func visibleProject(_ key: String, for identity: Identity) async throws -> ProjectRecord {
        guard let project = try await store.project(key: key), identity.visibility.allows(project) else {
            throw APIError.notFound("no project '\(key)'")
        }
        return project
    }

    func visibleFinding(_ id: Int, for identity: Identity) async throws -> FindingRecord {
        guard let finding = try await store.finding(id: id, visibility: identity.visibility) else { throw APIError.notFound("no finding \(id)") }
        return finding
    }
}

/// Slows down password guessing: after 5 failures for a user name or an address within 15 minutes,
/// further attempts are refused until the window passes.
actor LoginLimiter {
    private var failures: [String: [Date]] = [:]
    let limit = 5
    let window: TimeInterval = 15 * 60

    func isBlocked(_ keys: [String], now: Date = Date()) -> Bool {
        keys.contains { key in (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }.count >= limit }
    }

    func recordFailure(_ keys: [String], now: Date = Date()) {
        for key in keys {
            failures[key, default: []].append(now)
            failures[key] = failures[key]!.filter { now.timeIntervalSince($0) < window }
        }
        if failures.count > 100_000 { failures = failures.filter { !$0.value.isEmpty } }
    }

    func reset(_ keys: [String]) {
        for key in keys { failures[key] = nil }
    }
}

extension Request {
    /// A query parameter as a list: repeated (`?state=open&state=confirmed`) or comma-separated.
    func queryList(_ name: String) -> [String] {
        uri.queryParameters.getAll(name).flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    func query(_ name: String) -> String? {
        uri.queryParameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
    }
}
