import WardCore

/// How severe an advisory is: from its CVSS vector when it has one (v4.0 preferred, then v3.x),
/// otherwise from the database's own rating (GHSA's `LOW`/`MODERATE`/`HIGH`/`CRITICAL`).
public struct AdvisorySeverity: Sendable, Hashable, Codable {
    public var severity: Severity?
    public var cvssVector: String?
    public var cvssScore: Double?

    public init(severity: Severity?, cvssVector: String? = nil, cvssScore: Double? = nil) {
        self.severity = severity
        self.cvssVector = cvssVector
        self.cvssScore = cvssScore
    }

    /// Severity band of a CVSS score: 0 none (info), 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical.
    public static func severity(forScore score: Double) -> Severity {
        switch score {
        case ..<0.1: .info
        case ..<4.0: .low
        case ..<7.0: .medium
        case ..<9.0: .high
        default: .critical
        }
    }

    /// The score of any CVSS vector Ward can compute (v3.0, v3.1, v4.0).
    public static func score(vector: String) -> Double? {
        if vector.hasPrefix("CVSS:4.0/") { return CVSSv4.score(vector) }
        if vector.hasPrefix("CVSS:3.") { return CVSSv3.baseScore(vector) }
        return nil
    }

    public init(advisory: OSVAdvisory) {
        var vectors = (advisory.severity ?? []).map(\.score)
        for affected in advisory.affected ?? [] {
            vectors += (affected.severity ?? []).map(\.score)
            // RustSec keeps its vector in the affected entry's database_specific.cvss.
            if let vector = affected.databaseSpecific?["cvss"]?.stringValue { vectors.append(vector) }
        }
        let scored = vectors.compactMap { vector in AdvisorySeverity.score(vector: vector).map { (vector, $0) } }
        let best = scored.filter { $0.0.hasPrefix("CVSS:4.0/") }.max { $0.1 < $1.1 } ?? scored.max { $0.1 < $1.1 }
        if let (vector, score) = best {
            self.init(severity: AdvisorySeverity.severity(forScore: score), cvssVector: vector, cvssScore: score)
            return
        }
        let ratings = [advisory.databaseSpecific?["severity"]] + (advisory.affected ?? []).flatMap {
            [$0.databaseSpecific?["severity"], $0.ecosystemSpecific?["severity"]]
        }
        let rated = ratings.compactMap { $0?.stringValue }.compactMap(Severity.init(parsing:)).max()
        self.init(severity: rated)
    }
}
