import Foundation
import Synchronization
import SQLKit
import WardCore
import WardGovern

/// Everything the platform keeps: projects, scans, findings with their lifecycle, users and the
/// audit trail. One instance per database; safe to share across requests.
public final class PlatformStore: Sendable {
    public let database: StoreDatabase
    /// The clock, replaceable in tests that need SLAs and expiries to pass.
    let clock: @Sendable () -> Date
    /// Failures tests can switch on to prove an import is all or nothing.
    let faults = FaultInjection()

    public init(database: StoreDatabase, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.clock = clock
    }

    /// Opens the store at `location` and brings its schema up to date.
    public static func open(_ location: StoreLocation, clock: @escaping @Sendable () -> Date = { Date() }) async throws -> PlatformStore {
        let database = try StoreDatabase(location: location)
        do {
            try await database.migrate()
        } catch {
            await database.shutdown()
            throw StoreError.configuration("cannot open the database \(location): \(String(describing: error))")
        }
        return PlatformStore(database: database, clock: clock)
    }

    public func close() async {
        await database.shutdown()
    }

    var now: Date { clock() }
}

/// Which projects a reader may see: everything, or the projects of some teams, optionally narrowed
/// to a token's project list.
public struct Visibility: Sendable, Hashable {
    public var allProjects: Bool
    public var teamIDs: [Int]
    public var projectKeys: [String]?

    public init(allProjects: Bool, teamIDs: [Int] = [], projectKeys: [String]? = nil) {
        self.allProjects = allProjects
        self.teamIDs = teamIDs
        self.projectKeys = projectKeys
    }

    public static let everything = Visibility(allProjects: true)

    /// A condition on a `projects` row aliased `p`.
    var projectCondition: SQLQueryString {
        var condition: SQLQueryString = allProjects ? "1 = 1" : (teamIDs.isEmpty ? "1 = 0" : "p.team_id IN (\(binds: teamIDs))")
        if let projectKeys {
            condition += projectKeys.isEmpty ? " AND 1 = 0" : " AND p.key IN (\(binds: projectKeys))"
        }
        return condition
    }

    public func allows(_ project: ProjectRecord) -> Bool {
        let team = allProjects || project.teamID.map(teamIDs.contains) == true
        return team && (projectKeys?.contains(project.key) ?? true)
    }
}

// MARK: - Encoding helpers shared by the store's files

extension Date {
    var epoch: Int64 { Int64(timeIntervalSince1970.rounded(.down)) }
    init(epoch: Int64) { self.init(timeIntervalSince1970: TimeInterval(epoch)) }
}

enum StoreJSON {
    /// Sorted keys and whole-second UTC dates, as Foundation's encoder with `.sortedKeys` and `.iso8601` wrote them.
    static let encoder = SortedJSONEncoder(layout: .compact)

    static func encode<T: Encodable>(_ value: T) throws -> String {
        try encoder.encodeToString(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }
}

/// Lists stored as `,a,b,` so that `LIKE '%,a,%'` finds a member on both engines.
enum DelimitedList {
    static func encode<S: Sequence>(_ items: S) -> String where S.Element == String {
        let list = items.joined(separator: ",")
        return list.isEmpty ? "," : ",\(list),"
    }

    static func decode(_ text: String) -> [String] {
        text.split(separator: ",").map(String.init)
    }
}

extension SQLRow {
    func int(_ column: String) throws -> Int { try decode(column: column, as: Int.self) }
    func optionalInt(_ column: String) throws -> Int? { try decodeNil(column: column) ? nil : try int(column) }
    func string(_ column: String) throws -> String { try decode(column: column, as: String.self) }
    func optionalString(_ column: String) throws -> String? { try decodeNil(column: column) ? nil : try string(column) }
    func date(_ column: String) throws -> Date { Date(epoch: try decode(column: column, as: Int64.self)) }
    func optionalDate(_ column: String) throws -> Date? { try decodeNil(column: column) ? nil : try date(column) }
}

/// Switches for tests that need a step to fail half-way.
final class FaultInjection: Sendable {
    private let state = Mutex(false)

    var failAfterInsertingFindings: Bool {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}
