import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import WardStore

/// Sign-in and sign-out. The login form is protected from cross-site posting by a double submit:
/// a random cookie that only this site can set, echoed in a hidden field.
extension ServerServices {
    static let loginCSRFCookie = "ward_login_csrf"

    func addLoginRoutes(to router: Router<WardRequestContext>) {
        router.get("/login") { request, context -> Response in
            let next = WebForm.safeLocalPath(request.query("next"))
            if context.identity != nil { return WebForm.seeOther(next) }
            return loginPage(request: request, next: next, message: nil, status: .ok)
        }
        router.post("/login") { request, context -> Response in
            try await login(request: request, context: context)
        }
        router.post("/logout") { request, context -> Response in
            let identity = try context.requireIdentity()
            if let session = identity.sessionID { try await store.endSession(session) }
            var response = WebForm.seeOther("/login")
            response.setCookie(sessionCookie(value: "", maxAge: 0))
            return response
        }
    }

    private func login(request: Request, context: WardRequestContext) async throws -> Response {
        let form = try await WebForm.read(request)
        let next = WebForm.safeLocalPath(form["next"])
        guard let sent = form["login_csrf"], let cookie = request.cookies[Self.loginCSRFCookie]?.value, constantTimeEqual(sent, cookie) else {
            throw APIError(.forbidden, "the sign-in form has expired or did not come from this site: reload it and try again")
        }
        let name = (form["username"] ?? "").trimmingCharacters(in: .whitespaces)
        let password = form["password"] ?? ""
        let keys = ["user:" + name.lowercased(), "address:" + (context.remoteAddress?.ipAddress ?? "unknown")]
        if await loginLimiter.isBlocked(keys) {
            return loginPage(
                request: request, next: next, message: "Too many failed sign-ins. Wait 15 minutes and try again.", status: .tooManyRequests)
        }
        let stored = name.isEmpty ? nil : try await store.passwordHash(ofUser: name)
        // An unknown name costs a bcrypt comparison too, so timing does not tell which names exist.
        let verified = try await Passwords.verify(password, hash: stored?.hash ?? LoginTiming.decoyHash)
        guard let stored, verified else {
            await loginLimiter.recordFailure(keys)
            return loginPage(request: request, next: next, message: "The user name or password is not right.", status: .unauthorized)
        }
        await loginLimiter.reset(["user:" + name.lowercased()])
        let session = try await store.createSession(userID: stored.user.id)
        var response = WebForm.seeOther(next)
        response.setCookie(sessionCookie(value: session.id, maxAge: 8 * 3600))
        response.setCookie(Cookie(name: Self.loginCSRFCookie, value: "", maxAge: 0, path: "/login", secure: configuration.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: AuthenticationMiddleware.sessionCookie, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies,
            httpOnly: true, sameSite: .strict)
    }

    private func loginPage(request: Request, next: String, message: String?, status: HTTPResponse.Status) -> Response {
        // Reusing the browser's token keeps two open sign-in tabs working.
        let existing = request.cookies[Self.loginCSRFCookie]?.value
        let token = existing.flatMap { $0.count == 43 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } ? $0 : nil }
            ?? RandomToken.make(length: 43)
        let alert = message.map { "<p class=\"alert\" role=\"alert\">\(HTML.escape($0))</p>" } ?? ""
        let body = """
            <section class="narrow card"><h1>Sign in to Ward</h1>\(alert)
            <form method="post" action="/login" class="stack">
            <input type="hidden" name="login_csrf" value="\(HTML.escape(token))">
            <input type="hidden" name="next" value="\(HTML.escape(next))">
            <label>User name <input type="text" name="username" id="username" autocomplete="username" required autofocus></label>
            <label>Password <input type="password" name="password" id="password" autocomplete="current-password" required></label>
            <button type="submit">Sign in</button></form></section>
            """
        var response = Layout.page("Sign in", identity: nil, status: status, body: body)
        response.setCookie(Cookie(
            name: Self.loginCSRFCookie, value: token, maxAge: 3600, path: "/login", secure: configuration.secureCookies, httpOnly: true,
            sameSite: .strict))
        return response
    }
}

/// A bcrypt hash of a random password nobody knows, compared against when the user name is unknown.
enum LoginTiming {
    static let decoyHash: String = Bcrypt.hash(RandomToken.make(length: 32), cost: 12)
}
