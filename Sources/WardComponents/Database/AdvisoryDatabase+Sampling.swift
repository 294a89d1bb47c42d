import Foundation

extension AdvisoryDatabase {
    /// A package the database knows, with every version its advisories name.
    public struct KnownPackage: Sendable, Hashable {
        public var ecosystem: Ecosystem
        public var name: String
        public var versions: [String]
    }

    /// Every package of a known ecosystem with the versions its advisories name; benchmarks draw
    /// realistic components from it (names that hit, versions on both sides of each fix).
    public func knownPackages() throws -> [KnownPackage] {
        var versionsByPackage: [String: (Ecosystem, String, Set<String>)] = [:]
        lock.lock()
        defer { lock.unlock() }
        try connection.prepare("SELECT ecosystem, name, versions FROM affected").query { row in
            guard let ecosystem = row.text(0).flatMap(Ecosystem.init(rawValue:)), let name = row.text(1) else { return }
            let entry = AffectedVersions(encoded: row.text(2) ?? "")
            var versions = Set(entry.versions)
            for range in entry.ranges {
                for event in range.events where event.version != "0" { versions.insert(event.version) }
            }
            let key = ecosystem.rawValue + "\u{0}" + name
            versionsByPackage[key, default: (ecosystem, name, [])].2.formUnion(versions)
        }
        return versionsByPackage.values
            .map { KnownPackage(ecosystem: $0.0, name: $0.1, versions: $0.2.sorted()) }
            .sorted { ($0.ecosystem.rawValue, $0.name) < ($1.ecosystem.rawValue, $1.name) }
    }
}
