import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix
import WardStore

struct CreateUserRequest: Codable, Sendable {
    var name: String
    var password: String
    var role: Role
    var teams: [String]?
}

struct CreateTeamRequest: Codable, Sendable {
    var name: String
}

struct CreateTokenRequest: Codable, Sendable {
    var name: String
    /// Admins may create tokens for other users; everyone else for themselves.
    var user: String?
    var role: Role?
    var projects: [String]?
    var createProjects: Bool?
}

struct CreatedTokenJSON: Codable, Sendable {
    /// Shown once: the server keeps only its SHA-256.
    var token: String
    var record: TokenRecord
}

/// Passwords: at least 12 characters, hashed with bcrypt off the event loop.
enum Passwords {
    static let minimumLength = 12

    static func hash(_ password: String, cost: UInt8) async throws -> String {
        guard password.count >= minimumLength else { throw APIError.badRequest("a password has at least \(minimumLength) characters") }
        guard password.utf8.count <= 72 else { throw APIError.badRequest("a password has at most 72 bytes (bcrypt's limit)") }
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    static func verify(_ password: String, hash: String) async throws -> Bool {
        guard password.utf8.count <= 72 else { return false }
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}

extension ServerServices {
    func addAdminRoutes(to router: Router<WardRequestContext>) {
        router.get("/api/v1/users") { request, context in
            try requireAdmin(context)
            return Page(items: try await store.users(), next: nil)
        }
        router.post("/api/v1/users") { request, context -> Response in
            let identity = try requireAdmin(context)
            let body = try await request.decode(as: CreateUserRequest.self, context: context)
            var teams: [String] = []
            for team in body.teams ?? [] where !teams.contains(team) {
                guard (1...100).contains(team.count), team.trimmingCharacters(in: .whitespaces) == team else {
                    throw APIError.badRequest("teams: '\(team)' is not a team name (1 to 100 characters, no surrounding spaces)")
                }
                teams.append(team)
            }
            let hash = try await Passwords.hash(body.password, cost: configuration.bcryptCost)
            let user = try await store.createUser(name: body.name, passwordHash: hash, role: body.role, teams: teams, actor: identity.actor)
            return try jsonResponse(user, status: .created)
        }
        router.get("/api/v1/teams") { request, context in
            try requireAdmin(context)
            return Page(items: try await store.teams(), next: nil)
        }
        router.post("/api/v1/teams") { request, context -> Response in
            let identity = try requireAdmin(context)
            let body = try await request.decode(as: CreateTeamRequest.self, context: context)
            return try jsonResponse(try await store.createTeam(body.name, actor: identity.actor), status: .created)
        }
        router.get("/api/v1/tokens") { request, context in
            let identity = try context.requireIdentity()
            guard identity.token == nil else { throw APIError.forbidden("tokens are managed from a signed-in session, not with a token") }
            return Page(items: try await store.tokens(ofUser: identity.role.canAdminister ? nil : identity.user.id), next: nil)
        }
        router.post("/api/v1/tokens") { request, context -> Response in
            let identity = try context.requireIdentity()
            guard identity.token == nil else { throw APIError.forbidden("tokens are created from a signed-in session, not with a token") }
            let body = try await request.decode(as: CreateTokenRequest.self, context: context)
            let owner = body.user ?? identity.user.name
            guard owner == identity.user.name || identity.role.canAdminister else { throw APIError.forbidden("only admins create tokens for others") }
            let created = try await store.createToken(
                name: body.name, user: owner, role: body.role, projects: body.projects, canCreateProjects: body.createProjects ?? false,
                actor: identity.actor)
            return try jsonResponse(CreatedTokenJSON(token: created.token, record: created.record), status: .created)
        }
        router.delete("/api/v1/tokens/{id}") { request, context -> Response in
            let identity = try context.requireIdentity()
            let id = try context.parameters.require("id", as: Int.self)
            let mine = try await store.tokens(ofUser: identity.user.id).contains { $0.id == id }
            guard mine || identity.role.canAdminister else { throw APIError.notFound("no token \(id)") }
            try await store.revokeToken(id, actor: identity.actor)
            return Response(status: .noContent)
        }
    }

    @discardableResult
    func requireAdmin(_ context: WardRequestContext) throws -> Identity {
        let identity = try context.requireIdentity()
        guard identity.role.canAdminister else { throw APIError.forbidden("only admins manage users and teams") }
        return identity
    }
}
