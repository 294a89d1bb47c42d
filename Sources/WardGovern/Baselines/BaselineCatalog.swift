import WardCore

/// The baselines a team can choose from: the built-in templates plus their own files.
public struct BaselineCatalog: Sendable {
    /// Baselines ordered by id, then version.
    public let baselines: [SecurityBaseline]

    /// Refuses two baselines with the same `id@version`.
    public init(_ baselines: [SecurityBaseline]) throws(InputError) {
        var seen: Set<String> = []
        for baseline in baselines {
            guard seen.insert(baseline.reference).inserted else { throw InputError("two baselines are named '\(baseline.reference)'") }
        }
        self.baselines = baselines.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
    }

    /// The built-in templates, plus `additional` (a team's own files, parsed by `BaselineParser`).
    public static func builtIn(adding additional: [SecurityBaseline] = []) throws(InputError) -> BaselineCatalog {
        var baselines: [SecurityBaseline] = []
        for template in BuiltInBaselines.templates {
            baselines.append(try BaselineParser.parse(yaml: template.yaml, path: template.name))
        }
        return try BaselineCatalog(baselines + additional)
    }

    /// `id@version` exactly, or the highest version of `id`.
    public func baseline(named name: String) -> SecurityBaseline? {
        let parts = name.split(separator: "@", maxSplits: 1).map(String.init)
        if parts.count == 2 { return baselines.first { $0.id == parts[0] && String($0.version) == parts[1] } }
        return baselines.last { $0.id == name }
    }

    /// The baseline for a project: the explicit choice when there is one (an unknown name is an
    /// error), otherwise the highest version of the baselines fitting the tier and platform,
    /// preferring one that names the platform over a generic one. Nil when none fits.
    public func baseline(for profile: ProjectProfile, choice: String? = nil) throws(InputError) -> SecurityBaseline? {
        if let choice {
            guard let chosen = baseline(named: choice) else {
                let known = Set(baselines.map(\.id)).sorted().joined(separator: ", ")
                throw InputError("baseline '\(choice)' is not in the catalog; known baselines: \(known)")
            }
            return chosen
        }
        let fitting = baselines.filter { $0.fits(profile) }
        let specific = fitting.filter { !$0.platforms.isEmpty }
        let pool = specific.isEmpty ? fitting : specific
        return pool.max { ($0.tiers.isEmpty ? 0 : 1, $0.version) < ($1.tiers.isEmpty ? 0 : 1, $1.version) }
    }
}
