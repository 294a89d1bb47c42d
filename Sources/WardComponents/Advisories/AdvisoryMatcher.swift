import Foundation

/// Matches installed components against advisories, per the OSV evaluation rules.
public enum AdvisoryMatcher {
    /// The match of `advisory` for a package at `version`, or nil when it does not affect it
    /// (including when the advisory was withdrawn).
    public static func match(_ advisory: OSVAdvisory, ecosystem: Ecosystem, name: String, version: String) -> VulnerabilityMatch? {
        guard advisory.withdrawn == nil else { return nil }
        let key = ecosystem.normalizedPackageName(name)
        let entries = (advisory.affected ?? []).filter { affected in
            guard let package = affected.package, Ecosystem(osvName: package.ecosystem) == ecosystem else { return false }
            return ecosystem.normalizedPackageName(package.name) == key
        }.map(AffectedVersions.init)
        guard let evaluation = evaluate(entries, ecosystem: ecosystem, version: version) else { return nil }
        let severity = AdvisorySeverity(advisory: advisory)
        return VulnerabilityMatch(
            id: advisory.id, aliases: sortedAliases(advisory.aliases ?? [], excluding: advisory.id),
            summary: summary(of: advisory), severity: severity.severity, cvssVector: severity.cvssVector,
            cvssScore: severity.cvssScore, fixedVersions: evaluation.fixedVersions, smallestFix: evaluation.smallestFix,
            url: url(of: advisory), ecosystem: ecosystem, package: name, version: version)
    }

    /// The outcome of evaluating one advisory's entries for one package.
    public struct Evaluation: Sendable, Hashable {
        public var fixedVersions: [String]
        public var smallestFix: String?
    }

    /// Evaluates the entries an advisory has for one package; nil when none affects `version`.
    public static func evaluate(_ entries: [AffectedVersions], ecosystem: Ecosystem, version: String) -> Evaluation? {
        evaluate(entries, scheme: ecosystem.versionScheme, version: version)
    }

    /// Parses the installed version once, as the scheme's version and as SemVer, for all entries.
    static func evaluate<S: VersionScheme>(_ entries: [AffectedVersions], scheme: S, version: String) -> Evaluation? {
        evaluate(entries, installed: InstalledVersion(version, scheme: scheme))
    }

    static func evaluate<S: VersionScheme>(_ entries: [AffectedVersions], installed: InstalledVersion<S>) -> Evaluation? {
        guard entries.contains(where: { $0.contains(installed) }) else { return nil }
        return fixes(entries.flatMap(\.fixedVersions), current: installed.parsed, scheme: installed.scheme)
    }

    private static func fixes<S: VersionScheme>(_ fixed: [String], current: S.Version, scheme: S) -> Evaluation {
        var seen = Set<String>()
        let parsed = fixed.filter { seen.insert($0).inserted }.map { (scheme.parse($0), $0) }.sorted { $0.0 < $1.0 }
        return Evaluation(fixedVersions: parsed.map(\.1), smallestFix: parsed.first { current < $0.0 }?.1)
    }

    /// CVE, GHSA and other aliases, sorted, without the advisory's own id.
    public static func sortedAliases(_ aliases: [String], excluding id: String) -> [String] {
        Array(Set(aliases).subtracting([id])).sorted()
    }

    /// The summary, or the first line of the details when an advisory (PYSEC) has no summary.
    public static func summary(of advisory: OSVAdvisory) -> String? {
        if let summary = advisory.summary?.trimmingCharacters(in: .whitespacesAndNewlines), !summary.isEmpty { return summary }
        guard let details = advisory.details?.trimmingCharacters(in: .whitespacesAndNewlines), !details.isEmpty else { return nil }
        let firstLine = details.split(whereSeparator: \.isNewline).first.map(String.init) ?? details
        return firstLine.count > 200 ? String(firstLine.prefix(197)) + "..." : firstLine
    }

    /// CWE ids from `database_specific.cwe_ids` (GHSA writes `CWE-79`), sorted, kept in the match index at build time.
    public static func weaknesses(of advisory: OSVAdvisory) -> [Int] {
        guard case .array(let values)? = advisory.databaseSpecific?["cwe_ids"] else { return [] }
        let ids = values.compactMap { $0.stringValue }.compactMap { Int($0.uppercased().replacingOccurrences(of: "CWE-", with: "")) }
        return Array(Set(ids)).sorted()
    }

    /// The advisory's page on osv.dev, which exists for every id the public database carries.
    public static func url(of advisory: OSVAdvisory) -> String {
        "https://osv.dev/vulnerability/\(advisory.id)"
    }
}
