import Foundation
import WardCore

/// Inserts advisories into a database being built, keeping the newest copy of each id.
final class AdvisoryWriter {
    private let connection: SQLiteConnection
    private let insertAdvisory: SQLiteStatement
    private let insertAffected: SQLiteStatement
    private let deleteAffected: SQLiteStatement
    private let ecosystems: Set<Ecosystem>?
    private var modifiedByID: [String: String] = [:]
    private(set) var withdrawn = 0

    init(connection: SQLiteConnection, ecosystems: Set<Ecosystem>?) throws {
        self.connection = connection
        self.ecosystems = ecosystems
        insertAdvisory = try connection.prepare("""
            INSERT OR REPLACE INTO advisory (id, modified, summary, aliases, severity, cvss_vector, cvss_score, url, cwe, json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertAffected = try connection.prepare(
            "INSERT INTO affected (ecosystem, name, advisory_id, osv_ecosystem, versions) VALUES (?, ?, ?, ?, ?)")
        deleteAffected = try connection.prepare("DELETE FROM affected WHERE advisory_id = ?")
    }

    /// A row of the `affected` table before insertion.
    struct AffectedRow {
        var ecosystem: String
        var name: String
        var osvEcosystem: String
        var versions: String
    }

    /// The rows an advisory contributes, honouring the ecosystem filter; computed off the writer's thread.
    static func rows(for advisory: OSVAdvisory, ecosystems: Set<Ecosystem>?) -> [AffectedRow] {
        (advisory.affected ?? []).compactMap { affected in
            guard let package = affected.package, !package.name.isEmpty else { return nil }
            let known = Ecosystem(osvName: package.ecosystem)
            if let ecosystems, !(known.map(ecosystems.contains) ?? false) { return nil }
            let base = package.ecosystem.split(separator: ":", maxSplits: 1).first.map(String.init) ?? package.ecosystem
            return AffectedRow(
                ecosystem: known?.rawValue ?? base,
                name: known?.normalizedPackageName(package.name) ?? package.name.trimmingCharacters(in: .whitespaces),
                osvEcosystem: package.ecosystem,
                versions: AffectedVersions(affected).encoded)
        }
    }

    /// Stores a decoded advisory; returns whether it was stored (not withdrawn, affects a kept ecosystem).
    @discardableResult
    func add(_ advisory: OSVAdvisory, json: Data, rows: [AffectedRow]) throws -> Bool {
        if advisory.withdrawn != nil {
            withdrawn += 1
            return false
        }
        guard !rows.isEmpty else { return false }
        let modified = advisory.modified ?? ""
        if let previous = modifiedByID[advisory.id] {
            // The same advisory from two sources: keep the most recently modified copy.
            guard modified > previous else { return false }
            try deleteAffected.run([.text(advisory.id)])
        }
        modifiedByID[advisory.id] = modified
        let severity = AdvisorySeverity(advisory: advisory)
        let aliases = AdvisoryMatcher.sortedAliases(advisory.aliases ?? [], excluding: advisory.id)
        try insertAdvisory.run([
            .text(advisory.id),
            advisory.modified.map(SQLiteValue.text) ?? .null,
            AdvisoryMatcher.summary(of: advisory).map(SQLiteValue.text) ?? .null,
            .text(aliases.joined(separator: "\n")),
            severity.severity.map { .text($0.rawValue) } ?? .null,
            severity.cvssVector.map(SQLiteValue.text) ?? .null,
            severity.cvssScore.map(SQLiteValue.real) ?? .null,
            .text(AdvisoryMatcher.url(of: advisory)),
            .text(AdvisoryMatcher.weaknesses(of: advisory).map(String.init).joined(separator: ",")),
            .blob(json),
        ])
        for row in rows {
            try insertAffected.run([.text(row.ecosystem), .text(row.name), .text(advisory.id), .text(row.osvEcosystem), .text(row.versions)])
        }
        return true
    }
}
