import Foundation

/// The OSV evaluation algorithm (https://ossf.github.io/osv-schema/#evaluation).
extension AffectedVersions {
    /// Whether `version` is affected: it is in a range, where a range's events are sorted by version
    /// and replayed (introduced sets, fixed and beyond last_affected clear) and `limit` events bound
    /// the range from above, or it is in the `versions` list. `GIT` ranges need the repository and
    /// are skipped; unknown range types too.
    public func contains(_ version: String, ecosystemScheme: any VersionScheme) -> Bool {
        contains(version, scheme: ecosystemScheme)
    }

    private func contains<S: VersionScheme>(_ version: String, scheme: S) -> Bool {
        contains(InstalledVersion(version, scheme: scheme))
    }

    func contains<S: VersionScheme>(_ installed: InstalledVersion<S>) -> Bool {
        for range in ranges {
            switch range.type {
            case "SEMVER":
                if Self.rangeContains(range.events, version: installed.semantic, scheme: SemVerScheme()) { return true }
            case "ECOSYSTEM":
                if Self.rangeContains(range.events, version: installed.parsed, scheme: installed.scheme) { return true }
            default:
                continue
            }
        }
        return versions.contains { installed.isSpelled(as: $0) }
    }

    static func rangeContains<S: VersionScheme>(_ events: [OSVEvent], version: S.Version, scheme: S) -> Bool {
        // `introduced: "0"` sorts before every version; it is never parsed.
        var parsed: [(event: OSVEvent, version: S.Version?)] = []
        parsed.reserveCapacity(events.count)
        var limited = false
        var belowALimit = false
        for event in events {
            if case .introduced("0") = event {
                parsed.append((event, nil))
                continue
            }
            if case let .limit(text) = event {
                limited = true
                if text.contains("*") || version < scheme.parse(text) { belowALimit = true }
                continue
            }
            parsed.append((event, scheme.parse(event.version)))
        }
        if limited, !belowALimit { return false }
        let sorted = parsed.enumerated().sorted { lhs, rhs in
            switch (lhs.element.version, rhs.element.version) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (left?, right?): return left < right || (!(right < left) && lhs.offset < rhs.offset)
            }
        }
        var vulnerable = false
        for (_, item) in sorted {
            switch item.event {
            case .introduced:
                if let bound = item.version { if !(version < bound) { vulnerable = true } } else { vulnerable = true }
            case .fixed:
                if let bound = item.version, !(version < bound) { vulnerable = false }
            case .lastAffected:
                if let bound = item.version, bound < version { vulnerable = false }
            case .limit:
                continue
            }
        }
        return vulnerable
    }
}

/// An installed version parsed once for every advisory it is compared with.
struct InstalledVersion<S: VersionScheme> {
    let text: String
    let scheme: S
    let parsed: S.Version
    /// SEMVER ranges compare by SemVer whatever the ecosystem.
    let semantic: SemanticVersion
    /// The text without case, surrounding space and a leading `v`, for the `versions` list.
    private let plain: String

    init(_ text: String, scheme: S) {
        self.text = text
        self.scheme = scheme
        parsed = scheme.parse(text)
        semantic = SemanticVersion(text)
        plain = Self.plain(text)
    }

    private static func plain(_ text: String) -> String {
        let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.first == "v" ? String(lowered.dropFirst()) : lowered
    }

    /// The `versions` list holds the ecosystem's own spellings: compare them as text (ignoring case,
    /// space and a leading `v`) rather than parse every entry of lists hundreds long.
    func isSpelled(as listed: String) -> Bool {
        if listed == text { return true }
        let count = listed.utf8.count
        // Only a listed string about as long as ours can be another spelling of it.
        guard count >= plain.utf8.count, count <= plain.utf8.count + 2 else { return false }
        return Self.plain(listed) == plain
    }
}
