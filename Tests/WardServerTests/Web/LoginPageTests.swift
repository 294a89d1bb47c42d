import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import WardServer

@Suite struct LoginPageTests {
    @Test func signingInSetsAStrictHttpOnlySessionCookieAndGoesToNext() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let response = try await client.postLogin("alice", WebFixture.password, next: "/findings?severity=critical")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/findings?severity=critical")
            let cookie = try #require(response.setCookie(AuthenticationMiddleware.sessionCookie))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"), "plain HTTP: Secure only behind TLS")
            let session = BrowserSession(cookie: try #require(response.cookie(AuthenticationMiddleware.sessionCookie)), csrf: "")
            let dashboard = try await client.get("/", as: session)
            #expect(dashboard.status == .ok)
            #expect(dashboard.html.contains("alice"))
        }
    }

    @Test func behindTLSTheCookiesAreSecure() async throws {
        let fixture = try await WebFixture.make(secureCookies: true)
        try await fixture.test { client in
            let response = try await client.postLogin("alice", WebFixture.password)
            #expect(try #require(response.setCookie(AuthenticationMiddleware.sessionCookie)).contains("Secure"))
            let form = try await client.execute(uri: "/login", method: .get)
            #expect(try #require(form.setCookie(ServerServices.loginCSRFCookie)).contains("Secure"))
        }
    }

    @Test func aWrongPasswordShowsTheFormAgainWithoutASession() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for name in ["alice", "nobody"] {
                let response = try await client.postLogin(name, "not the password at all")
                #expect(response.status == .unauthorized)
                #expect(response.setCookie(AuthenticationMiddleware.sessionCookie) == nil)
                #expect(response.html.contains("The user name or password is not right."))
            }
        }
    }

    @Test func fiveFailuresBlockFurtherAttemptsWith429() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for _ in 0..<5 {
                #expect(try await client.postLogin("alice", "wrong password!!").status == .unauthorized)
            }
            let blocked = try await client.postLogin("alice", WebFixture.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.setCookie(AuthenticationMiddleware.sessionCookie) == nil)
        }
    }

    @Test func aLoginFormWithoutItsCSRFCookieIsRefused() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let form = try await client.loginForm()
            let forged = try await client.postForm(
                "/login", [("login_csrf", form.field), ("username", "alice"), ("password", WebFixture.password)])
            #expect(forged.status == .forbidden)
            #expect(forged.setCookie(AuthenticationMiddleware.sessionCookie) == nil)
        }
    }

    @Test(arguments: ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "http:/evil.example"])
    func nextNeverLeavesTheSite(_ next: String) async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let response = try await client.postLogin("alice", WebFixture.password, next: next)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
        }
    }

    @Test func pagesRedirectToSignInAndSigningOutEndsTheSession() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let anonymous = try await client.execute(uri: "/findings?severity=high", method: .get)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location]?.hasPrefix("/login?next=") == true)

            let session = try await client.signIn("alice")
            let withoutToken = try await client.postForm("/logout", [], headers: session.headers)
            #expect(withoutToken.status == .forbidden)
            let out = try await client.postForm("/logout", [("_csrf", session.csrf)], headers: session.headers)
            #expect(out.status == .seeOther)
            #expect(try await client.get("/", as: session).status == .seeOther, "the old cookie no longer signs anyone in")
        }
    }
}
