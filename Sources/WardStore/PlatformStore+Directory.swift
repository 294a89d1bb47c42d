import Foundation
import SQLKit
import WardCore

/// Teams, users, memberships, API tokens and sessions.
extension PlatformStore {
    // MARK: - Teams

    @discardableResult
    public func createTeam(_ name: String, actor: Actor) async throws -> TeamRecord {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 100 else { throw StoreError.invalid("a team name is 1 to 100 characters") }
        return try await database.transaction { db in
            if try await db.raw("SELECT id FROM teams WHERE name = \(bind: name)").first() != nil {
                throw StoreError.conflict("team '\(name)' already exists")
            }
            try await db.raw("INSERT INTO teams (name, created_at) VALUES (\(bind: name), \(bind: self.now.epoch))").run()
            let id = try await db.raw("SELECT id FROM teams WHERE name = \(bind: name)").first()!.int("id")
            try await self.record(db, Event(actor: actor, action: "team.create", reason: name))
            return TeamRecord(id: id, name: name)
        }
    }

    public func teams() async throws -> [TeamRecord] {
        try await database.withConnection { db in
            try await db.raw("SELECT id, name FROM teams ORDER BY name").all().map { TeamRecord(id: try $0.int("id"), name: try $0.string("name")) }
        }
    }

    public func team(named name: String) async throws -> TeamRecord? {
        try await database.withConnection { db in
            try await db.raw("SELECT id, name FROM teams WHERE name = \(bind: name)").first().map { TeamRecord(id: try $0.int("id"), name: try $0.string("name")) }
        }
    }

    public func addMember(user: Int, team: Int, actor: Actor) async throws {
        try await database.transaction { db in
            try await db.raw("INSERT INTO memberships (team_id, user_id) VALUES (\(bind: team), \(bind: user)) ON CONFLICT DO NOTHING").run()
            try await self.record(db, Event(actor: actor, action: "team.add-member", reason: "user \(user) → team \(team)"))
        }
    }

    // MARK: - Users

    /// Creates a user; `passwordHash` is a bcrypt hash made by the caller.
    @discardableResult
    public func createUser(name: String, passwordHash: String, role: Role, teams teamNames: [String] = [], actor: Actor) async throws -> UserRecord {
        guard Self.isValidName(name) else {
            throw StoreError.invalid("a user name is 1 to 64 letters, digits, '.', '_', '-' or '@'")
        }
        return try await database.transaction { db in
            if try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first() != nil {
                throw StoreError.conflict("user '\(name)' already exists")
            }
            try await db.raw("""
                INSERT INTO users (name, password_hash, role, created_at, disabled)
                VALUES (\(bind: name), \(bind: passwordHash), \(bind: role.rawValue), \(bind: self.now.epoch), 0)
                """).run()
            let id = try await db.raw("SELECT id FROM users WHERE name = \(bind: name)").first()!.int("id")
            for teamName in teamNames {
                var team = try await db.raw("SELECT id FROM teams WHERE name = \(bind: teamName)").first()
                if team == nil {
                    try await db.raw("INSERT INTO teams (name, created_at) VALUES (\(bind: teamName), \(bind: self.now.epoch))").run()
                    team = try await db.raw("SELECT id FROM teams WHERE name = \(bind: teamName)").first()
                }
                try await db.raw("INSERT INTO memberships (team_id, user_id) VALUES (\(bind: try team!.int("id")), \(bind: id))").run()
            }
            try await self.record(db, Event(actor: actor, action: "user.create", reason: "\(name) as \(role.rawValue)"))
            return try await self.user(db, where: "u.id = \(bind: id)")!
        }
    }

    public func user(named name: String) async throws -> UserRecord? {
        try await database.withConnection { db in try await self.user(db, where: "u.name = \(bind: name)") }
    }

    public func user(id: Int) async throws -> UserRecord? {
        try await database.withConnection { db in try await self.user(db, where: "u.id = \(bind: id)") }
    }

    /// The stored bcrypt hash of an enabled user, for login.
    public func passwordHash(ofUser name: String) async throws -> (user: UserRecord, hash: String)? {
        try await database.withConnection { db in
            guard let row = try await db.raw("SELECT id, password_hash FROM users WHERE name = \(bind: name) AND disabled = 0").first(),
                  let user = try await self.user(db, where: "u.id = \(bind: try row.int("id"))")
            else { return nil }
            return (user, try row.string("password_hash"))
        }
    }

    public func users() async throws -> [UserRecord] {
        try await database.withConnection { db in
            let ids = try await db.raw("SELECT id FROM users ORDER BY name").all().map { try $0.int("id") }
            var users: [UserRecord] = []
            for id in ids { if let user = try await self.user(db, where: "u.id = \(bind: id)") { users.append(user) } }
            return users
        }
    }

    public func setUserDisabled(_ id: Int, _ disabled: Bool, actor: Actor) async throws {
        try await database.transaction { db in
            try await db.raw("UPDATE users SET disabled = \(bind: disabled ? 1 : 0) WHERE id = \(bind: id)").run()
            try await db.raw("DELETE FROM sessions WHERE user_id = \(bind: id)").run()
            try await self.record(db, Event(actor: actor, action: disabled ? "user.disable" : "user.enable", reason: "user \(id)"))
        }
    }

    private func user(_ db: any SQLDatabase, where condition: SQLQueryString) async throws -> UserRecord? {
        guard let row = try await db.raw("SELECT u.id, u.name, u.role, u.created_at, u.disabled FROM users u WHERE " + condition).first() else {
            return nil
        }
        let id = try row.int("id")
        let teams = try await db.raw("""
            SELECT t.id, t.name FROM teams t JOIN memberships m ON m.team_id = t.id WHERE m.user_id = \(bind: id) ORDER BY t.name
            """).all().map { TeamRecord(id: try $0.int("id"), name: try $0.string("name")) }
        return UserRecord(
            id: id, name: try row.string("name"), role: Role(rawValue: try row.string("role")) ?? .auditor,
            createdAt: try row.date("created_at"), disabled: try row.int("disabled") != 0, teams: teams)
    }

    static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-@".contains($0)) }
    }
}
