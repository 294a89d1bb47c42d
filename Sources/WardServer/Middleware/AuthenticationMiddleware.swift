import Foundation
import HTTPTypes
import Hummingbird
import WardStore

/// Sets the request's identity from a bearer token or a session cookie, and holds browser sessions
/// to CSRF protection: an unsafe request on a session must echo the session's CSRF token, in the
/// `X-CSRF-Token` header or the `_csrf` form field.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = WardRequestContext
    static let sessionCookie = "ward_session"
    let store: PlatformStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        if let authorization = request.headers[.authorization] {
            guard authorization.lowercased().hasPrefix("bearer "),
                  let (user, token) = try await store.authenticate(token: String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces))
            else {
                throw APIError(.unauthorized, "the token is not valid, or was revoked", headers: [.wwwAuthenticate: "Bearer"])
            }
            context.identity = Identity(user: user, token: token)
        } else if let sessionID = request.cookies[Self.sessionCookie]?.value, let (user, csrf) = try await store.session(sessionID) {
            context.identity = Identity(user: user, csrf: csrf, sessionID: sessionID)
            if ![.get, .head, .options].contains(request.method) {
                try await Self.checkCSRF(&request, expected: csrf)
            }
        }
        return try await next(request, context)
    }

    static func checkCSRF(_ request: inout Request, expected: String) async throws {
        if let header = request.headers[HTTPField.Name("X-CSRF-Token")!] {
            guard constantTimeEqual(header, expected) else { throw APIError(.forbidden, "the CSRF token does not match this session") }
            return
        }
        guard request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true else {
            throw APIError(.forbidden, "a request on a browser session needs the X-CSRF-Token header")
        }
        let body = try await request.collectBody(upTo: 1 << 20)
        let form = FormData(String(buffer: body))
        guard let token = form["_csrf"], constantTimeEqual(token, expected) else {
            throw APIError(.forbidden, "the form has expired or did not come from this site: reload the page and try again")
        }
    }
}

/// Compares secrets without leaking where they differ through timing.
func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var difference: UInt8 = 0
    for index in x.indices { difference |= x[index] ^ y[index] }
    return difference == 0
}

/// An `application/x-www-form-urlencoded` body.
struct FormData: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ text: String) {
        for part in text.split(separator: "&") {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            pairs.append((decode(kv[0]), kv.count > 1 ? decode(kv[1]) : ""))
        }
    }

    subscript(name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
}
