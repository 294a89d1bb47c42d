import Foundation

/// What an advisory database holds and how old it is (`ward db status`).
public struct AdvisoryDatabaseStatus: Codable, Sendable, Hashable {
    /// Advisories and packages of one ecosystem.
    public struct EcosystemCount: Codable, Sendable, Hashable {
        public var ecosystem: String
        public var advisories: Int
        public var packages: Int

        public init(ecosystem: String, advisories: Int, packages: Int) {
            self.ecosystem = ecosystem
            self.advisories = advisories
            self.packages = packages
        }
    }

    /// Age after which scans warn that the database should be updated.
    public static let maximumAge: TimeInterval = 7 * 24 * 3600

    public var path: String
    public var builtAt: Date
    /// The sources it was built from (URLs or paths).
    public var sources: [String]
    public var ecosystems: [EcosystemCount]
    /// Distinct advisories stored.
    public var advisories: Int
    /// Withdrawn advisories left out.
    public var withdrawn: Int
    public var schemaVersion: Int
    /// The Ward version that built it.
    public var builtBy: String

    /// Time since the build.
    public func age(now: Date = Date()) -> TimeInterval { now.timeIntervalSince(builtAt) }

    /// Whether the database is older than seven days.
    public func isStale(now: Date = Date()) -> Bool { age(now: now) > Self.maximumAge }

    public var isStale: Bool { isStale() }
}
