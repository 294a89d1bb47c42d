import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import WardCore
import WardStore
@testable import WardServer

/// A fresh SQLite store with two teams' projects and users of every role, and the app over it.
struct WebFixture {
    static let password = "correct horse battery"
    let store: PlatformStore
    let services: ServerServices
    /// A clear secret put into the demo scan's evidence only in redacted form; generated so the repository holds none.
    let clearSecret: String
    let demoFindingIDs: [Int]
    let mobileFindingIDs: [Int]

    static func make(secureCookies: Bool = false) async throws -> WebFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-web-\(UUID().uuidString)")
        let store = try await PlatformStore.open(.sqlite(path: directory.appendingPathComponent("ward.db").path))
        let services = ServerServices(store: store, configuration: ServerConfiguration(secureCookies: secureCookies, bcryptCost: 4))
        let actor = Actor(name: "test", role: .admin)
        let hash = try await Passwords.hash(password, cost: 4)
        try await store.createUser(name: "alice", passwordHash: hash, role: .admin, teams: ["core"], actor: actor)
        try await store.createUser(name: "sam", passwordHash: hash, role: .security, teams: ["core"], actor: actor)
        try await store.createUser(name: "dave", passwordHash: hash, role: .developer, teams: ["mobile"], actor: actor)
        try await store.createUser(name: "audrey", passwordHash: hash, role: .auditor, actor: actor)

        let secret = "ghp_" + RandomToken.make(length: 36)
        let redacted = RedactedSecret(secret: Array(secret.utf8))
        let demo = try await store.ingest(
            upload([
                finding("github-token", kind: .secret, severity: .critical, path: "config/app.env", snippet: "GITHUB_TOKEN=" + redacted.redacted, secret: redacted),
                finding("sql-injection", kind: .code, severity: .high, path: "src/db.py", title: "SQL built from <b>input</b>"),
                finding("debug-enabled", kind: .configuration, severity: .low, path: "settings.py"),
            ]), project: "demo", createProject: true, team: "core", actor: actor)
        let mobile = try await store.ingest(
            upload([finding("insecure-http", kind: .configuration, severity: .medium, path: "Info.plist")]),
            project: "mobile-app", createProject: true, team: "mobile", actor: actor)
        return WebFixture(
            store: store, services: services, clearSecret: secret, demoFindingIDs: demo.newFindingIDs, mobileFindingIDs: mobile.newFindingIDs)
    }

    /// Runs `body` against the application in process, without a socket.
    func test<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = buildApplication(services)
        defer { Task { await store.close() } }
        return try await app.test(.router) { client in try await body(client) }
    }

    private static func finding(
        _ rule: String, kind: FindingKind, severity: Severity, path: String, title: String? = nil, snippet: String = "x = 1",
        secret: RedactedSecret? = nil
    ) -> Finding {
        Finding(
            ruleId: rule, tool: "ward", kind: kind, severity: severity, title: title ?? "\(rule) found", message: "\(rule) in \(path)",
            cwe: [798], location: Location(path: path, startLine: 3, startColumn: 1, endLine: 3, endColumn: 20, snippet: snippet),
            secret: secret, remediation: "Fix \(rule).", fingerprint: Fingerprint.make(ruleId: rule, path: path, content: rule))
    }

    private static func upload(_ findings: [Finding]) -> ScanUpload {
        ScanUpload(
            branch: "main", tools: ["ward"], kinds: FindingKind.allCases, startedAt: Date(), finishedAt: Date(), format: "ward-json",
            findings: findings)
    }
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct BrowserSession: Sendable {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: "\(AuthenticationMiddleware.sessionCookie)=\(cookie)"] }
}

extension TestClientProtocol {
    /// Fetches the sign-in form: the login CSRF cookie and the same token from the hidden field.
    func loginForm() async throws -> (cookie: String, field: String) {
        let response = try await execute(uri: "/login", method: .get)
        let cookie = try #require(response.cookie(ServerServices.loginCSRFCookie))
        let field = try #require(response.html.firstCapture(#"name="login_csrf" value="([^"]+)""#))
        return (cookie, field)
    }

    /// Posts the sign-in form as a browser would.
    func postLogin(_ name: String, _ password: String, next: String? = nil) async throws -> TestResponse {
        let form = try await loginForm()
        var fields = [("login_csrf", form.field), ("username", name), ("password", password)]
        if let next { fields.append(("next", next)) }
        return try await postForm("/login", fields, headers: [.cookie: "\(ServerServices.loginCSRFCookie)=\(form.cookie)"])
    }

    /// Signs in and reads the session's CSRF token from the dashboard's logout form.
    func signIn(_ name: String) async throws -> BrowserSession {
        let response = try await postLogin(name, WebFixture.password)
        let cookie = try #require(response.cookie(AuthenticationMiddleware.sessionCookie))
        let page = try await execute(uri: "/", method: .get, headers: [.cookie: "\(AuthenticationMiddleware.sessionCookie)=\(cookie)"])
        let csrf = try #require(page.html.firstCapture(#"name="_csrf" value="([^"]+)""#))
        return BrowserSession(cookie: cookie, csrf: csrf)
    }

    func get(_ uri: String, as session: BrowserSession) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: session.headers)
    }

    func postForm(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = fields.map { QueryString.encode($0.0) + "=" + QueryString.encode($0.1) }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }
}

extension TestResponse {
    var html: String { String(buffer: body) }

    /// The value a `Set-Cookie` header gives `name`.
    func cookie(_ name: String) -> String? {
        setCookie(name).flatMap { $0.split(separator: ";").first }.map { String($0.dropFirst(name.count + 1)) }
    }

    /// The whole `Set-Cookie` header for `name`, attributes included.
    func setCookie(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }
}

extension String {
    /// The first capture group of `pattern` (tests only: pages are small).
    func firstCapture(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: self, range: NSRange(startIndex..., in: self)), match.numberOfRanges > 1,
              let range = Range(match.range(at: 1), in: self)
        else { return nil }
        return String(self[range])
    }
}
