import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import HummingbirdTesting
import Testing
@testable import WardServer
import WardStore

/// A server built in process over a fresh SQLite store in a temporary directory, as `ward serve` builds it.
struct APIHarness: Sendable {
    let store: PlatformStore
    let services: ServerServices
    let databasePath: String

    static func make(maxUploadBytes: Int = 512 << 20, clock: TestClock = TestClock()) async throws -> APIHarness {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ward-api-\(UUID().uuidString)")
        let path = directory.appendingPathComponent("ward.db").path
        let store = try await PlatformStore.open(.sqlite(path: path), clock: { clock.now })
        let configuration = ServerConfiguration(database: .sqlite(path: path), maxUploadBytes: maxUploadBytes, bcryptCost: 4)
        return APIHarness(store: store, services: ServerServices(store: store, configuration: configuration), databasePath: path)
    }

    /// Runs `body` against the application, then closes the store.
    func run<T: Sendable>(_ body: @Sendable (APIClient) async throws -> T) async throws -> T {
        let app = buildApplication(services)
        do {
            let value = try await app.test(.router) { client in try await body(APIClient(client: client)) }
            await store.close()
            return value
        } catch {
            await store.close()
            throw error
        }
    }

    /// A user with an API token of the user's role.
    func user(_ name: String, role: Role, teams: [String] = [], projects: [String]? = nil) async throws -> Caller {
        let user = try await store.createUser(name: name, passwordHash: "not-a-bcrypt-hash", role: role, teams: teams, actor: .system)
        let token = try await store.createToken(name: "\(name)-token", user: name, projects: projects, actor: .system).token
        return Caller(user: user, token: token)
    }

    /// A browser session for `caller`: the cookie and the CSRF token unsafe requests must echo.
    func session(for caller: Caller) async throws -> Session {
        let (id, csrf) = try await store.createSession(userID: caller.user.id)
        return Session(cookie: id, csrf: csrf)
    }
}

/// A clock tests move by hand, so SLAs pass.
final class TestClock: Sendable {
    private let current = Mutex(Date())

    var now: Date { current.withLock { $0 } }
    func advance(days: Double) { current.withLock { $0 = $0.addingTimeInterval(days * 86_400) } }
}

struct Caller: Sendable {
    var user: UserRecord
    var token: String
}

struct Session: Sendable {
    var cookie: String
    var csrf: String
}

/// How a request authenticates.
enum Credential: Sendable {
    case none
    case bearer(String)
    case session(Session)
    case raw(String)
}

/// A response with the helpers the tests use.
struct APIResponse: Sendable {
    var status: Int
    var headers: HTTPFields
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object (fails the test when it is not one).
    func object(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: body)
        return try #require(value as? [String: Any], "not a JSON object: \(text)", sourceLocation: sourceLocation)
    }

    /// `items` of a page.
    func items(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try object()["items"] as? [[String: Any]], "no items in \(text)", sourceLocation: sourceLocation)
    }

    /// The `{"error": {"status", "message"}}` body every API error has.
    func errorMessage(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let error = try #require(try object()["error"] as? [String: Any], "no error object in \(text)", sourceLocation: sourceLocation)
        #expect(Set(error.keys) == ["status", "message"], sourceLocation: sourceLocation)
        #expect(error["status"] as? Int == status, sourceLocation: sourceLocation)
        return try #require(error["message"] as? String, sourceLocation: sourceLocation)
    }
}

struct APIClient: Sendable {
    let client: any TestClientProtocol

    func send(
        _ method: HTTPRequest.Method, _ uri: String, as credential: Credential = .none, body: Data? = nil,
        contentType: String = "application/json"
    ) async throws -> APIResponse {
        var headers: HTTPFields = [:]
        switch credential {
        case .none: break
        case .bearer(let token): headers[.authorization] = "Bearer \(token)"
        case .raw(let value): headers[.authorization] = value
        case .session(let session):
            headers[.cookie] = "\(AuthenticationMiddleware.sessionCookie)=\(session.cookie)"
            headers[HTTPField.Name("X-CSRF-Token")!] = session.csrf
        }
        if body != nil { headers[.contentType] = contentType }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
        return APIResponse(status: Int(response.status.code), headers: response.headers, body: Data(buffer: response.body))
    }

    func get(_ uri: String, as credential: Credential) async throws -> APIResponse {
        try await send(.get, uri, as: credential)
    }

    func post(_ uri: String, as credential: Credential, json: [String: Any]) async throws -> APIResponse {
        try await send(.post, uri, as: credential, body: try JSONSerialization.data(withJSONObject: json))
    }
}
