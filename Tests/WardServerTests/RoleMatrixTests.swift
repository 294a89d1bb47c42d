import Foundation
import HTTPTypes
import Testing
@testable import WardServer
import WardStore

/// Who may do what: every endpoint, the status each persona gets. The project `{key}` is `alpha`,
/// owned by team A; `{finding}` and `{scan}` are alpha's; `{token}` is the developer's spare token.
/// The outsider is a developer of team B, to whom alpha and everything in it does not exist (404,
/// never 403). Anonymous requests get 401 except where `anonymous` says otherwise.
struct Access: Sendable, CustomTestStringConvertible {
    enum Via: Sendable { case token, session }

    var method: HTTPRequest.Method
    var path: String
    var body: String?
    var via: Via = .token
    var admin: Int, security: Int, developer: Int, auditor: Int, outsider: Int
    var anonymous = 401

    var testDescription: String { "\(method) \(path)" + (via == .session ? " (session)" : "") }

    /// The route template this row exercises, as docs/openapi.json names it.
    var template: String {
        let base = path.split(separator: "?").first.map(String.init) ?? path
        return base.replacingOccurrences(of: "{finding}", with: "{id}").replacingOccurrences(of: "{scan}", with: "{id}")
            .replacingOccurrences(of: "{token}", with: "{id}").replacingOccurrences(of: "{requirement}", with: "{id}")
    }

    func expected(_ persona: Persona) -> Int {
        switch persona {
        case .admin: admin
        case .security: security
        case .developer: developer
        case .auditor: auditor
        case .outsider: outsider
        case .anonymous: anonymous
        }
    }
}

enum Persona: String, CaseIterable, Sendable {
    case admin, security, developer, auditor, outsider, anonymous
}

private func row(
    _ method: HTTPRequest.Method, _ path: String, body: String? = nil, via: Access.Via = .token,
    _ admin: Int, _ security: Int, _ developer: Int, _ auditor: Int, _ outsider: Int, anonymous: Int = 401
) -> Access {
    Access(method: method, path: path, body: body, via: via, admin: admin, security: security, developer: developer, auditor: auditor,
           outsider: outsider, anonymous: anonymous)
}

let transitionBody = #"{"state": "confirmed", "reason": "reproduced"}"#
let acceptBody = #"{"state": "accepted_risk", "reason": "compensating control", "acceptedUntil": "{in30days}"}"#

/// The role × endpoint matrix.                               admin  security developer auditor outsider
let accessMatrix: [Access] = [
    row(.get, "/health",                                         200, 200, 200, 200, 200, anonymous: 200),
    row(.get, "/metrics",                                        200, 200, 200, 200, 200, anonymous: 200),
    row(.get, "/api/v1/openapi.json",                            200, 200, 200, 200, 200, anonymous: 200),
    row(.get, "/api/v1/projects",                                200, 200, 200, 200, 200),
    row(.post, "/api/v1/projects", body: #"{"key": "new-{persona}", "team": "team-a"}"#,
                                                                 201, 201, 403, 403, 403),
    row(.get, "/api/v1/projects/{key}",                          200, 200, 200, 200, 404),
    row(.put, "/api/v1/projects/{key}/profile",
        body: #"{"exposure": "internet", "dataClassification": "financial", "platform": "mobile", "criticality": "high", "regulations": ["PCI DSS"]}"#,
                                                                 200, 200, 403, 403, 404),
    row(.get, "/api/v1/projects/{key}/findings",                 200, 200, 200, 200, 404),
    row(.get, "/api/v1/projects/{key}/requirements",             200, 200, 200, 200, 404),
    row(.get, "/api/v1/projects/{key}/requirements.csv",         200, 200, 200, 200, 404),
    row(.get, "/api/v1/projects/{key}/requirements.md",          200, 200, 200, 200, 404),
    row(.put, "/api/v1/projects/{key}/requirements/{requirement}", body: #"{"status": "implemented", "justification": "gateway rule"}"#,
                                                                 200, 200, 200, 403, 404),
    row(.get, "/api/v1/projects/{key}/threat-model",             200, 200, 200, 200, 404),
    row(.put, "/api/v1/projects/{key}/threat-model", body: "{threatmodel}",
                                                                 200, 200, 200, 403, 404),
    row(.post, "/api/v1/projects/{key}/attestations",
        body: #"{"activity": "organisation-security-owner", "evidenceLink": "https://wiki.example/owners", "expiresAt": "{in30days}"}"#,
                                                                 201, 201, 403, 403, 404),
    row(.get, "/api/v1/projects/{key}/maturity",                 200, 200, 200, 200, 404),
    row(.post, "/api/v1/projects/{key}/scans", body: "{report}", 201, 201, 201, 403, 404),
    row(.get, "/api/v1/projects/{key}/scans",                    200, 200, 200, 200, 404),
    row(.get, "/api/v1/projects/{key}/gate",                     200, 200, 200, 200, 404),
    row(.get, "/api/v1/scans",                                   200, 200, 200, 200, 200),
    row(.get, "/api/v1/scans/{scan}",                            200, 200, 200, 200, 404),
    row(.get, "/api/v1/findings",                                200, 200, 200, 200, 200),
    row(.get, "/api/v1/findings/{finding}",                      200, 200, 200, 200, 404),
    row(.get, "/api/v1/findings/{finding}/events",               200, 200, 200, 200, 404),
    row(.post, "/api/v1/findings/{finding}/transition", body: transitionBody,
                                                                 200, 200, 200, 403, 404),
    row(.post, "/api/v1/findings/{finding}/transition", body: acceptBody,
                                                                 200, 200, 403, 403, 404),
    row(.post, "/api/v1/findings/transition", body: #"{"ids": [{finding}], "state": "confirmed", "reason": "reproduced"}"#,
                                                                 200, 200, 200, 403, 404),
    row(.get, "/api/v1/dashboard",                               200, 200, 200, 200, 200),
    row(.get, "/api/v1/dashboard?project=alpha",                 200, 200, 200, 200, 404),
    row(.get, "/api/v1/analytics",                               200, 200, 200, 200, 200),
    row(.get, "/api/v1/analytics?project=alpha&format=csv&table=teams",
                                                                 200, 200, 200, 200, 404),
    row(.get, "/api/v1/kb?q=secret",                             200, 200, 200, 200, 200),
    row(.get, "/api/v1/events",                                  200, 200, 403, 200, 403),
    row(.get, "/api/v1/users",                                   200, 403, 403, 403, 403),
    row(.post, "/api/v1/users", body: #"{"name": "new-{persona}", "password": "correct horse battery", "role": "developer"}"#,
                                                                 201, 403, 403, 403, 403),
    row(.get, "/api/v1/teams",                                   200, 403, 403, 403, 403),
    row(.post, "/api/v1/teams", body: #"{"name": "team-{persona}"}"#,
                                                                 201, 403, 403, 403, 403),
    row(.get, "/api/v1/tokens",                                  403, 403, 403, 403, 403),
    row(.get, "/api/v1/tokens", via: .session,                   200, 200, 200, 200, 200),
    row(.post, "/api/v1/tokens", body: #"{"name": "mine"}"#,     403, 403, 403, 403, 403),
    row(.post, "/api/v1/tokens", body: #"{"name": "mine"}"#, via: .session,
                                                                 201, 201, 201, 201, 201),
    row(.delete, "/api/v1/tokens/{token}",                       204, 404, 204, 404, 404),
]

@Suite struct RoleMatrixTests {
    /// A fresh platform: teams A and B, one user of each persona, projects alpha (team A) and beta (team B), one scan each.
    struct World: Sendable {
        var callers: [Persona: Caller] = [:]
        var sessions: [Persona: Session] = [:]
        var finding = 0, scan = 0, spareToken = 0
    }

    static func world(_ harness: APIHarness) async throws -> World {
        var world = World()
        world.callers[.admin] = try await harness.user("admin", role: .admin, teams: ["team-a"])
        world.callers[.security] = try await harness.user("security", role: .security)
        world.callers[.developer] = try await harness.user("developer", role: .developer, teams: ["team-a"])
        world.callers[.auditor] = try await harness.user("auditor", role: .auditor)
        world.callers[.outsider] = try await harness.user("outsider", role: .developer, teams: ["team-b"])
        for (persona, caller) in world.callers { world.sessions[persona] = try await harness.session(for: caller) }
        try await harness.store.createProject(key: "alpha", team: "team-a", actor: .system)
        try await harness.store.createProject(key: "beta", team: "team-b", actor: .system)
        let alpha = try #require(try await harness.store.project(key: "alpha"))
        _ = try await harness.store.putThreatModel(project: alpha, text: Reports.threatModel, actor: .system)
        world.spareToken = try await harness.store.createToken(name: "spare", user: "developer", actor: .system).record.id
        return world
    }

    static func substitute(_ text: String, _ world: World, _ persona: Persona) -> String {
        let in30days = Date().addingTimeInterval(30 * 86_400).formatted(.iso8601)
        return text.replacingOccurrences(of: "{key}", with: "alpha").replacingOccurrences(of: "{finding}", with: "\(world.finding)")
            .replacingOccurrences(of: "{scan}", with: "\(world.scan)").replacingOccurrences(of: "{token}", with: "\(world.spareToken)")
            .replacingOccurrences(of: "{persona}", with: persona.rawValue).replacingOccurrences(of: "{in30days}", with: in30days)
            .replacingOccurrences(of: "{report}", with: String(decoding: Reports.ward([.init(rule: "alpha-secret")]), as: UTF8.self))
            .replacingOccurrences(of: "{requirement}", with: "WARD-SECRETS-01").replacingOccurrences(of: "{threatmodel}", with: Reports.threatModel)
    }

    @Test(arguments: accessMatrix)
    func everyPersonaGetsItsStatus(_ access: Access) async throws {
        for persona in Persona.allCases {
            let harness = try await APIHarness.make()
            let world = try await Self.world(harness)
            let status: Int = try await harness.run { [world] api in
                var world = world
                let admin = world.callers[.admin]!
                for project in ["beta", "alpha"] {
                    let report = Reports.ward([.init(rule: "\(project)-secret")])
                    let upload = try await api.send(.post, "/api/v1/projects/\(project)/scans", as: .bearer(admin.token), body: report)
                    let scan = try #require(try upload.object()["scan"] as? [String: Any])
                    world.scan = try #require(scan["id"] as? Int)
                }
                let alpha = try await api.get("/api/v1/projects/alpha/findings", as: .bearer(admin.token)).items()
                world.finding = try #require(alpha.first?["id"] as? Int)

                let credential: Credential = switch (persona, access.via) {
                case (.anonymous, _): .none
                case (_, .token): .bearer(world.callers[persona]!.token)
                case (_, .session): .session(world.sessions[persona]!)
                }
                let path = Self.substitute(access.path, world, persona)
                let body = access.body.map { Data(Self.substitute($0, world, persona).utf8) }
                let response = try await api.send(access.method, path, as: credential, body: body)
                if response.status >= 400 { _ = try response.errorMessage() }
                return response.status
            }
            #expect(status == access.expected(persona), "\(persona.rawValue): \(access.method) \(access.path)")
        }
    }

    @Test func theMatrixCoversEveryDocumentedOperation() throws {
        let documented = try OpenAPIFile.operations()
        let covered = Set(accessMatrix.map { "\($0.method.rawValue) \($0.template)" })
        #expect(covered == documented, "in the matrix only: \(covered.subtracting(documented)); documented only: \(documented.subtracting(covered))")
    }

    @Test func anOutsiderCannotTellAnotherTeamsProjectFromNoProject() async throws {
        let harness = try await APIHarness.make()
        let world = try await Self.world(harness)
        let outsider = world.callers[.outsider]!
        try await harness.run { api in
            let hidden = try await api.get("/api/v1/projects/alpha", as: .bearer(outsider.token))
            let missing = try await api.get("/api/v1/projects/does-not-exist", as: .bearer(outsider.token))
            #expect(hidden.status == 404 && missing.status == 404)
            #expect(try hidden.errorMessage() == "no project 'alpha'")
            let listed = try await api.get("/api/v1/projects", as: .bearer(outsider.token)).items()
            #expect(listed.compactMap { $0["key"] as? String } == ["beta"])
        }
    }
}
