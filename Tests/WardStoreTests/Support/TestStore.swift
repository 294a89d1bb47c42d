import Foundation
import Synchronization
import WardCore
@testable import WardStore

/// A clock tests move by hand, so SLAs and acceptances can expire.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_790_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }
    func advance(days: Double) { current.withLock { $0 = $0.addingTimeInterval(days * 86_400) } }
}

/// Fresh stores on every engine the machine has: SQLite always, PostgreSQL when
/// `WARD_TEST_POSTGRES_URL` names a server (`make test` starts one and sets `WARD_REQUIRE_POSTGRES`).
enum TestStore {
    static var postgresURL: String? { ProcessInfo.processInfo.environment["WARD_TEST_POSTGRES_URL"] }

    static var engines: [StoreDatabase.Engine] {
        if postgresURL != nil || ProcessInfo.processInfo.environment["WARD_REQUIRE_POSTGRES"] != nil { return [.sqlite, .postgres] }
        return [.sqlite]
    }

    static func make(_ engine: StoreDatabase.Engine, clock: TestClock = TestClock()) async throws -> PlatformStore {
        let location: StoreLocation
        switch engine {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-store-\(UUID().uuidString)")
            location = .sqlite(path: directory.appendingPathComponent("ward.db").path)
        case .postgres:
            guard let base = postgresURL else {
                throw StoreError.configuration("WARD_REQUIRE_POSTGRES is set but WARD_TEST_POSTGRES_URL is not: run the tests with scripts/with-postgres.sh")
            }
            let name = "ward_test_" + RandomToken.make(length: 12).lowercased()
            let admin = try StoreDatabase(location: .postgres(url: base))
            try await admin.withConnection { db in try await db.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
            await admin.shutdown()
            var parts = URLComponents(string: base)!
            parts.path = "/" + name
            location = .postgres(url: parts.string!)
        }
        return try await PlatformStore.open(location, clock: { clock.now })
    }
}

/// Findings as scanners would report them.
enum Sample {
    static func finding(
        _ rule: String, tool: String = "ward", kind: FindingKind = .secret, severity: Severity = .high, path: String = "app/config.py",
        line: Int = 10, cwe: [Int] = [798], secret: String? = nil, component: ComponentReference? = nil, advisory: AdvisoryReference? = nil
    ) -> Finding {
        Finding(
            ruleId: rule, tool: tool, kind: kind, severity: severity, title: "\(rule) title", message: "\(rule) at \(path):\(line)",
            cwe: cwe, location: Location(path: path, startLine: line, startColumn: 5, endLine: line, endColumn: 30, snippet: "x = …"),
            secret: secret.map { RedactedSecret(secret: Array($0.utf8)) }, tags: [],
            fingerprint: Fingerprint.make(ruleId: rule + tool, path: path, content: "\(line)"),
            component: component, advisory: advisory)
    }

    static func upload(_ findings: [Finding], branch: String = "main", tools: [String] = ["ward"], kinds: [FindingKind] = [.secret]) -> ScanUpload {
        ScanUpload(branch: branch, tools: tools, kinds: kinds, startedAt: Date(timeIntervalSince1970: 1_790_000_000),
                   finishedAt: Date(timeIntervalSince1970: 1_790_000_060), format: "ward-json", findings: findings)
    }

    static let admin = Actor(name: "admin", role: .admin)
}
