import WardCore
import WardMatch

/// Finds secrets and sensitive data with all its rules in one pass per file.
public struct SecretScanner: FileScanner {
    public let secretRules: [SecretRule]
    public let allowlists: [SecretAllowlist]
    let matcher: MultiPatternMatcher

    /// Compiles every rule; a pattern PCRE2 rejects is an input error naming the rule.
    public init(rules: [SecretRule], allowlists: [SecretAllowlist] = []) throws(InputError) {
        secretRules = rules
        self.allowlists = allowlists.filter { !$0.isEmpty }
        let specs = rules.map { PatternSpec(expression: $0.pattern, window: $0.window, keywords: $0.keywords) }
        do throws(IndexedPatternError) {
            matcher = try MultiPatternMatcher(patterns: specs)
        } catch {
            throw InputError("rule '\(rules[error.index].id)': \(error.error)")
        }
    }

    public var kinds: [FindingKind] { [.secret] }
    public var rules: [RuleDescription] { secretRules.map(\.description) }

    /// Rules Vectorscan could not compile and that PCRE2 checks on its own.
    public var fallbackRuleIds: [String] { matcher.fallbackPatterns.map { secretRules[$0].id } }

    public func makeWorker() -> any FileScanWorker { SecretScanWorker(scanner: self) }
}

final class SecretScanWorker: FileScanWorker {
    private let scanner: SecretScanner
    private let session: MatchSession
    private let filterMatcher = PCRE2Matcher()

    init(scanner: SecretScanner) {
        self.scanner = scanner
        session = scanner.matcher.makeSession()
    }

    private struct Candidate {
        var rule: Int
        var secret: Range<Int>
        var match: Range<Int>
    }

    func scan(_ file: SourceFile) -> [Finding] {
        let commit = file.commit?.commit
        if scanner.allowlists.contains(where: { $0.allowsFile(path: file.path, commit: commit, matcher: filterMatcher) }) { return [] }
        var candidates: [Candidate] = []
        session.scan(file.bytes) { match in
            let rule = scanner.secretRules[match.pattern]
            guard rule.applies(to: file.path) else { return }
            let secretRange = (rule.secretGroup < match.groups.count ? match.groups[rule.secretGroup] : nil) ?? match.range
            guard !secretRange.isEmpty else { return }
            let secret = Array(file.bytes[secretRange])
            if let minimum = rule.entropy, Entropy.shannon(secret) < minimum { return }
            if rule.filtersPlaceholders, Placeholder.isPlaceholder(secret) || Placeholder.looksLikeCode(secret) { return }
            if let validator = rule.validator, !validator(secret) { return }
            if isAllowed(rule: rule, secret: secret, match: match.range, file: file) { return }
            candidates.append(Candidate(rule: match.pattern, secret: secretRange, match: match.range))
        }
        guard !candidates.isEmpty else { return [] }
        return findings(for: resolveOverlaps(candidates), in: file)
    }

    private func isAllowed(rule: SecretRule, secret: [UInt8], match: Range<Int>, file: SourceFile) -> Bool {
        let lists = rule.allowlists + scanner.allowlists
        guard !lists.isEmpty else { return false }
        let matchBytes = Array(file.bytes[match])
        let (line, _) = file.lines.position(of: match.lowerBound)
        let lineBytes = Array(file.bytes[file.lines.range(ofLine: line)])
        return lists.contains {
            $0.allows(secret: secret, match: matchBytes, line: lineBytes, path: file.path, commit: file.commit?.commit, matcher: filterMatcher)
        }
    }

    /// Where two rules report overlapping secrets, keeps the more specific (higher priority) one;
    /// the same rule reporting the same secret twice is kept once.
    private func resolveOverlaps(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted {
            let a = scanner.secretRules[$0.rule].priority, b = scanner.secretRules[$1.rule].priority
            return a != b ? a > b : $0.secret.lowerBound < $1.secret.lowerBound
        }
        var kept: [Candidate] = []
        for candidate in ordered {
            let priority = scanner.secretRules[candidate.rule].priority
            let clash = kept.contains { other in
                guard other.secret.overlaps(candidate.secret) else { return false }
                return other.rule == candidate.rule || scanner.secretRules[other.rule].priority > priority
            }
            if !clash { kept.append(candidate) }
        }
        return kept.sorted { $0.secret.lowerBound < $1.secret.lowerBound }
    }

    private func findings(for candidates: [Candidate], in file: SourceFile) -> [Finding] {
        var occurrences: [String: Int] = [:]
        var findings: [Finding] = []
        for candidate in candidates {
            let rule = scanner.secretRules[candidate.rule].description
            let secret = RedactedSecret(secret: file.bytes[candidate.secret])
            let (localLine, _) = file.lines.position(of: candidate.secret.lowerBound)
            let start = file.position(of: candidate.secret.lowerBound)
            let end = file.position(of: max(candidate.secret.upperBound - 1, candidate.secret.lowerBound))
            let snippet = redactedLine(localLine, around: candidate.secret, in: file, secrets: candidates.map(\.secret))
            let key = rule.id + "\u{0}" + snippet
            let occurrence = occurrences[key, default: 0]
            occurrences[key] = occurrence + 1
            findings.append(Finding(
                ruleId: rule.id, kind: rule.kind, severity: rule.severity, confidence: rule.confidence,
                title: rule.title, message: "\(rule.title): \(secret.redacted)", cwe: rule.cwe,
                location: Location(path: file.path, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column + 1, snippet: snippet),
                secret: secret, remediation: rule.remediation, tags: rule.tags,
                fingerprint: Fingerprint.make(ruleId: rule.id, path: file.path, content: snippet, occurrence: occurrence),
                commit: file.commit))
        }
        return findings
    }

    /// Where the run of token characters that a secret ends in stops: a rule whose pattern is
    /// shorter than the real token must not leave the token's tail readable in the snippet.
    static func endOfToken(after end: Int, in bytes: UnsafeRawBufferPointer) -> Int {
        var index = end
        while index < bytes.count, isTokenByte(bytes[index]) { index += 1 }
        return index
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// Bytes of context kept on each side of the secret in a snippet.
    static let snippetContext = 120

    /// The line of the secret with every secret on it replaced by its redacted form, cropped to
    /// `snippetContext` bytes around the secret so minified one-line files stay cheap and readable.
    private func redactedLine(_ line: Int, around secret: Range<Int>, in file: SourceFile, secrets: [Range<Int>]) -> String {
        let lineRange = file.lines.range(ofLine: line)
        var from = max(lineRange.lowerBound, secret.lowerBound - Self.snippetContext)
        var to = min(lineRange.upperBound, Self.endOfToken(after: secret.upperBound, in: file.bytes) + Self.snippetContext)
        while from > lineRange.lowerBound, from < file.bytes.count, file.bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < lineRange.upperBound, file.bytes[to] & 0xC0 == 0x80 { to += 1 }
        var text = from > lineRange.lowerBound ? "…" : ""
        var cursor = from
        for other in secrets.sorted(by: { $0.lowerBound < $1.lowerBound }) where other.upperBound > from && other.lowerBound < to {
            let start = max(other.lowerBound, from)
            guard start >= cursor else { continue }
            text += file.string(cursor..<start)
            text += RedactedSecret(secret: file.bytes[other]).redacted
            cursor = min(Self.endOfToken(after: other.upperBound, in: file.bytes), lineRange.upperBound)
            to = max(to, cursor)
        }
        if cursor < to { text += file.string(cursor..<to) }
        if text.hasSuffix("\r") { text.removeLast() }
        if to < lineRange.upperBound { text += "…" }
        return text.trimmingWhitespace()
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
