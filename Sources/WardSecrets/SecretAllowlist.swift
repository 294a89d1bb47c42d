import WardCore
import WardMatch

/// Matches that are known not to be secrets: by path, by pattern, by stop word or by commit.
/// Entries combine with OR by default (any one allows the match), or AND when `requiresAll`.
public struct SecretAllowlist: Sendable {
    public enum PathMatcher: Sendable {
        case glob(PathPattern)
        case regex(PCRE2Regex)
    }

    /// What an allowlist regex is matched against.
    public enum Target: String, Sendable, Codable {
        case secret
        case match
        case line
    }

    public var description: String?
    public var paths: [PathMatcher]
    public var regexes: [PCRE2Regex]
    public var regexTarget: Target
    public var stopwords: [String]
    public var commits: Set<String>
    public var requiresAll: Bool

    public init(
        description: String? = nil, paths: [PathMatcher] = [], regexes: [PCRE2Regex] = [], regexTarget: Target = .secret,
        stopwords: [String] = [], commits: Set<String> = [], requiresAll: Bool = false
    ) {
        self.description = description
        self.paths = paths
        self.regexes = regexes
        self.regexTarget = regexTarget
        self.stopwords = stopwords.map { $0.lowercased() }
        self.commits = commits
        self.requiresAll = requiresAll
    }

    public var isEmpty: Bool { paths.isEmpty && regexes.isEmpty && stopwords.isEmpty && commits.isEmpty }

    /// Whether a whole file is allowed regardless of content (path-only allowlists).
    func allowsFile(path: String, commit: String?, matcher: PCRE2Matcher) -> Bool {
        guard regexes.isEmpty, stopwords.isEmpty else { return false }
        let pathHit = paths.isEmpty ? nil : pathMatches(path, matcher: matcher)
        let commitHit = commits.isEmpty ? nil : commit.map { commits.contains($0) } ?? false
        return combine([pathHit, commitHit])
    }

    /// Whether this allowlist lets a candidate through as "not a secret".
    func allows(secret: [UInt8], match: [UInt8], line: [UInt8], path: String, commit: String?, matcher: PCRE2Matcher) -> Bool {
        let pathHit = paths.isEmpty ? nil : pathMatches(path, matcher: matcher)
        let commitHit = commits.isEmpty ? nil : commit.map { commits.contains($0) } ?? false
        var regexHit: Bool?
        if !regexes.isEmpty {
            let target = regexTarget == .secret ? secret : regexTarget == .match ? match : line
            regexHit = target.withUnsafeBytes { bytes in
                regexes.contains { regex in
                    var hit = false
                    matcher.forEachMatch(of: regex, in: bytes, from: 0, to: bytes.count) { _ in hit = true }
                    return hit
                }
            }
        }
        var stopHit: Bool?
        if !stopwords.isEmpty {
            let lowered = String(decoding: secret, as: UTF8.self).lowercased()
            stopHit = stopwords.contains { lowered.contains($0) }
        }
        return combine([pathHit, commitHit, regexHit, stopHit])
    }

    private func combine(_ verdicts: [Bool?]) -> Bool {
        let present = verdicts.compactMap { $0 }
        guard !present.isEmpty else { return false }
        return requiresAll ? present.allSatisfy { $0 } : present.contains(true)
    }

    private func pathMatches(_ path: String, matcher: PCRE2Matcher) -> Bool {
        let bytes = Array(path.utf8)
        return paths.contains { entry in
            switch entry {
            case .glob(let pattern):
                return pattern.matches(relativePath: path)
            case .regex(let regex):
                var hit = false
                bytes.withUnsafeBytes { raw in
                    matcher.forEachMatch(of: regex, in: raw, from: 0, to: raw.count) { _ in hit = true }
                }
                return hit
            }
        }
    }
}
