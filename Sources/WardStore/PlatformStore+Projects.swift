import Foundation
import SQLKit
import WardCore
import WardGovern

extension PlatformStore {
    /// Creates a project, owned by `team` when given.
    @discardableResult
    public func createProject(
        key: String, name: String? = nil, team: String? = nil, profile: ProjectProfile = ProjectProfile(), actor: Actor
    ) async throws -> ProjectRecord {
        try Self.validateProjectKey(key)
        return try await database.transaction { db in
            try await self.insertProject(db, key: key, name: name ?? key, teamName: team, profile: profile, actor: actor)
        }
    }

    func insertProject(
        _ db: any SQLDatabase, key: String, name: String, teamName: String?, profile: ProjectProfile, actor: Actor
    ) async throws -> ProjectRecord {
        if try await db.raw("SELECT id FROM projects WHERE key = \(bind: key)").first() != nil {
            throw StoreError.conflict("project '\(key)' already exists")
        }
        var teamID: Int?
        if let teamName {
            guard let row = try await db.raw("SELECT id FROM teams WHERE name = \(bind: teamName)").first() else {
                throw StoreError.notFound("no team named '\(teamName)'")
            }
            teamID = try row.int("id")
        }
        try await db.raw("""
            INSERT INTO projects (key, name, team_id, exposure, data_classification, platform, criticality, regulations, sla, created_at,
                                  personal_data, payment_data)
            VALUES (\(bind: key), \(bind: name), \(bind: teamID), \(bind: profile.exposure.rawValue),
                    \(bind: profile.dataClassification.rawValue), \(bind: profile.platform.rawValue),
                    \(bind: profile.criticality.rawValue), \(bind: try StoreJSON.encode(profile.regulations)),
                    \(bind: try profile.sla.map(StoreJSON.encode)), \(bind: now.epoch), \(bind: profile.personalData.map { $0 ? 1 : 0 }),
                    \(bind: profile.paymentData.map { $0 ? 1 : 0 }))
            """).run()
        let project = try await self.project(db, where: "p.key = \(bind: key)")!
        try await record(db, Event(actor: actor, action: "project.create", projectID: project.id, reason: key))
        return project
    }

    public func project(key: String) async throws -> ProjectRecord? {
        try await database.withConnection { db in try await self.project(db, where: "p.key = \(bind: key)") }
    }

    public func project(id: Int) async throws -> ProjectRecord? {
        try await database.withConnection { db in try await self.project(db, where: "p.id = \(bind: id)") }
    }

    /// The projects `visibility` may see, by key.
    public func projects(visibility: Visibility) async throws -> [ProjectRecord] {
        let query: SQLQueryString = Self.projectSelect + " WHERE " + visibility.projectCondition + " ORDER BY p.key"
        return try await database.withConnection { db in try await db.raw(query).all().map(Self.projectRecord) }
    }

    /// Replaces the profile; `baseline` (when given) sets the baseline choice: nil for the platform's default gate,
    /// `auto` for the catalog's pick by tier and platform, or `id[@version]`. The caller validates the choice.
    public func updateProfile(
        project key: String, profile: ProjectProfile, team: String?? = nil, baseline: String?? = nil, actor: Actor
    ) async throws -> ProjectRecord {
        try await database.transaction { db in
            guard let project = try await self.project(db, where: "p.key = \(bind: key)") else {
                throw StoreError.notFound("no project '\(key)'")
            }
            try await db.raw("""
                UPDATE projects SET exposure = \(bind: profile.exposure.rawValue), data_classification = \(bind: profile.dataClassification.rawValue),
                    platform = \(bind: profile.platform.rawValue), criticality = \(bind: profile.criticality.rawValue),
                    regulations = \(bind: try StoreJSON.encode(profile.regulations)), sla = \(bind: try profile.sla.map(StoreJSON.encode)),
                    personal_data = \(bind: profile.personalData.map { $0 ? 1 : 0 }), payment_data = \(bind: profile.paymentData.map { $0 ? 1 : 0 })
                WHERE id = \(bind: project.id)
                """).run()
            if let team {
                var teamID: Int?
                if let team {
                    guard let row = try await db.raw("SELECT id FROM teams WHERE name = \(bind: team)").first() else {
                        throw StoreError.notFound("no team named '\(team)'")
                    }
                    teamID = try row.int("id")
                }
                try await db.raw("UPDATE projects SET team_id = \(bind: teamID) WHERE id = \(bind: project.id)").run()
            }
            if let baseline {
                try await db.raw("UPDATE projects SET baseline = \(bind: baseline) WHERE id = \(bind: project.id)").run()
            }
            try await self.record(db, Event(actor: actor, action: "project.profile", projectID: project.id, reason: try StoreJSON.encode(profile)))
            return try await self.project(db, where: "p.id = \(bind: project.id)")!
        }
    }

    func project(_ db: any SQLDatabase, where condition: SQLQueryString) async throws -> ProjectRecord? {
        try await db.raw(Self.projectSelect + " WHERE " + condition).first().map(Self.projectRecord)
    }

    static let projectSelect: SQLQueryString = """
        SELECT p.id, p.key, p.name, p.team_id, t.name AS team_name, p.exposure, p.data_classification, p.platform,
               p.criticality, p.regulations, p.sla, p.created_at, p.personal_data, p.payment_data, p.baseline
        FROM projects p LEFT JOIN teams t ON t.id = p.team_id
        """

    static func projectRecord(_ row: any SQLRow) throws -> ProjectRecord {
        let profile = ProjectProfile(
            exposure: .init(rawValue: try row.string("exposure")) ?? .internal,
            dataClassification: .init(rawValue: try row.string("data_classification")) ?? .internal,
            platform: .init(rawValue: try row.string("platform")) ?? .api,
            criticality: .init(rawValue: try row.string("criticality")) ?? .medium,
            regulations: try StoreJSON.decode([String].self, from: try row.string("regulations")),
            sla: try row.optionalString("sla").map { try StoreJSON.decode(SLAPolicy.self, from: $0) },
            personalData: try row.optionalInt("personal_data").map { $0 != 0 }, paymentData: try row.optionalInt("payment_data").map { $0 != 0 })
        return ProjectRecord(
            id: try row.int("id"), key: try row.string("key"), name: try row.string("name"), teamID: try row.optionalInt("team_id"),
            teamName: try row.optionalString("team_name"), profile: profile, createdAt: try row.date("created_at"),
            baselineChoice: try row.optionalString("baseline"))
    }

    static func validateProjectKey(_ key: String) throws {
        guard (1...100).contains(key.count), key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw StoreError.invalid("a project key is 1 to 100 letters, digits, '.', '_' or '-'")
        }
    }
}
