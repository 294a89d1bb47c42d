import Foundation
import SQLKit
import WardCore

/// API tokens (random, shown once, kept as SHA-256) and browser sessions.
extension PlatformStore {
    /// Prefix that lets secret scanners, Ward's own included, recognise a leaked token.
    public static let tokenPrefix = "ward_pat_"

    /// Creates a token for `user`; returns the token in clear, which is never stored or shown again.
    public func createToken(
        name: String, user userName: String, role requested: Role? = nil, projects: [String]? = nil,
        canCreateProjects: Bool = false, actor: Actor
    ) async throws -> (token: String, record: TokenRecord) {
        guard let user = try await user(named: userName), !user.disabled else {
            throw StoreError.notFound("no enabled user named '\(userName)'")
        }
        let role = requested ?? user.role
        guard role <= user.role else {
            throw StoreError.invalid("a token cannot have more rights than its user: \(user.name) is \(user.role.rawValue)")
        }
        let token = Self.tokenPrefix + RandomToken.make(length: 40)
        let hash = SHA256Hex.digest(of: token)
        let projectsJSON = try projects.map { try StoreJSON.encode($0.sorted()) }
        let id: Int = try await database.transaction { db in
            try await db.raw("""
                INSERT INTO api_tokens (name, user_id, token_hash, prefix, role, projects, can_create_projects, created_at)
                VALUES (\(bind: name), \(bind: user.id), \(bind: hash), \(bind: String(token.prefix(Self.tokenPrefix.count + 4))),
                        \(bind: role.rawValue), \(bind: projectsJSON), \(bind: canCreateProjects ? 1 : 0), \(bind: self.now.epoch))
                """).run()
            let id = try await db.raw("SELECT id FROM api_tokens WHERE token_hash = \(bind: hash)").first()!.int("id")
            try await self.record(db, Event(actor: actor, action: "token.create", reason: "\(name) for \(user.name) as \(role.rawValue)"))
            return id
        }
        return (token, try await tokens(where: "t.id = \(bind: id)").first!)
    }

    /// The user and token a bearer token belongs to, when it is valid and not revoked.
    public func authenticate(token: String) async throws -> (user: UserRecord, token: TokenRecord)? {
        guard token.hasPrefix(Self.tokenPrefix), token.count < 200 else { return nil }
        let hash = SHA256Hex.digest(of: token)
        guard let record = try await tokens(where: "t.token_hash = \(bind: hash) AND t.revoked_at IS NULL").first,
              let user = try await user(id: record.userID), !user.disabled
        else { return nil }
        // Once a minute is enough for "last used" and spares most API calls a write (on SQLite, a wait for the write lock).
        if record.lastUsedAt.map({ self.now.timeIntervalSince($0) >= 60 }) ?? true {
            try await database.withConnection { db in
                try await db.raw("UPDATE api_tokens SET last_used_at = \(bind: self.now.epoch) WHERE id = \(bind: record.id)").run()
            }
        }
        return (user, record)
    }

    public func tokens(ofUser userID: Int? = nil) async throws -> [TokenRecord] {
        try await tokens(where: userID.map { "t.user_id = \(bind: $0)" } ?? "1 = 1")
    }

    public func revokeToken(_ id: Int, actor: Actor) async throws {
        try await database.transaction { db in
            guard try await db.raw("SELECT id FROM api_tokens WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound("no token \(id)")
            }
            try await db.raw("UPDATE api_tokens SET revoked_at = \(bind: self.now.epoch) WHERE id = \(bind: id) AND revoked_at IS NULL").run()
            try await self.record(db, Event(actor: actor, action: "token.revoke", reason: "token \(id)"))
        }
    }

    private func tokens(where condition: SQLQueryString) async throws -> [TokenRecord] {
        try await database.withConnection { db in
            try await db.raw("""
                SELECT t.id, t.name, t.user_id, u.name AS user_name, t.prefix, t.role, t.projects, t.can_create_projects,
                       t.created_at, t.last_used_at, t.revoked_at
                FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE
                """ + " " + condition + " ORDER BY t.id").all().map { row in
                TokenRecord(
                    id: try row.int("id"), name: try row.string("name"), userID: try row.int("user_id"),
                    userName: try row.string("user_name"), prefix: try row.string("prefix"),
                    role: Role(rawValue: try row.string("role")) ?? .auditor,
                    projects: try row.optionalString("projects").map { try StoreJSON.decode([String].self, from: $0) },
                    canCreateProjects: try row.int("can_create_projects") != 0, createdAt: try row.date("created_at"),
                    lastUsedAt: try row.optionalDate("last_used_at"), revokedAt: try row.optionalDate("revoked_at"))
            }
        }
    }

    // MARK: - Sessions

    /// Starts a browser session; returns the cookie value and the CSRF token of the session.
    public func createSession(userID: Int, lifetime: TimeInterval = 8 * 3600) async throws -> (id: String, csrf: String) {
        let id = RandomToken.make(length: 43)
        let csrf = RandomToken.make(length: 43)
        try await database.withConnection { db in
            try await db.raw("DELETE FROM sessions WHERE expires_at < \(bind: self.now.epoch)").run()
            try await db.raw("""
                INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at)
                VALUES (\(bind: SHA256Hex.digest(of: id)), \(bind: userID), \(bind: csrf), \(bind: self.now.epoch),
                        \(bind: self.now.addingTimeInterval(lifetime).epoch))
                """).run()
        }
        return (id, csrf)
    }

    /// The user and CSRF token of a live session.
    public func session(_ id: String) async throws -> (user: UserRecord, csrf: String)? {
        guard id.count < 100 else { return nil }
        let row = try await database.withConnection { db in
            try await db.raw("""
                SELECT user_id, csrf_token FROM sessions WHERE id_hash = \(bind: SHA256Hex.digest(of: id)) AND expires_at > \(bind: self.now.epoch)
                """).first().map { (try $0.int("user_id"), try $0.string("csrf_token")) }
        }
        guard let (userID, csrf) = row, let user = try await user(id: userID), !user.disabled else { return nil }
        return (user, csrf)
    }

    public func endSession(_ id: String) async throws {
        try await database.withConnection { db in
            try await db.raw("DELETE FROM sessions WHERE id_hash = \(bind: SHA256Hex.digest(of: id))").run()
        }
    }
}

/// Random URL-safe strings from the system's cryptographic generator.
public enum RandomToken {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    public static func make(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
