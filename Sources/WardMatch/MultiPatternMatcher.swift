import CVectorscan

/// One pattern of a multi-pattern set.
public struct PatternSpec: Sendable {
    /// How much text around a prefilter hit PCRE2 confirms on.
    public enum Window: Sendable, Hashable {
        /// This many lines before and after the line of the hit (single-line patterns).
        case lines(Int)
        /// The whole file (multi-line patterns such as private key blocks).
        case wholeFile
    }

    public var expression: String
    public var window: Window
    /// Literals, one of which (case-insensitively) must occur for the pattern to match. Used as
    /// the prefilter when Vectorscan cannot compile the expression.
    public var keywords: [String]

    public init(expression: String, window: Window = .lines(3), keywords: [String] = []) {
        self.expression = expression
        self.window = window
        self.keywords = keywords
    }
}

/// A confirmed match: which pattern, and the byte ranges of the whole match (index 0) and its groups.
public struct PatternMatch: Sendable {
    public var pattern: Int
    public var groups: [Range<Int>?]

    public var range: Range<Int> { groups[0]! }
}

/// Matches many patterns at once: Vectorscan scans each buffer once for all patterns in prefilter
/// mode and reports where each may match; PCRE2-JIT then confirms and extracts groups on the small
/// windows around those hits. Patterns Vectorscan cannot compile are prefiltered by their keywords
/// instead, or run with PCRE2 alone when they have none.
public final class MultiPatternMatcher: Sendable {
    public let patterns: [PatternSpec]
    let regexes: [PCRE2Regex]
    let database: VectorscanDatabase?
    /// Patterns Vectorscan could not compile (confirmed by PCRE2 after a keyword hit, or always).
    public let fallbackPatterns: [Int]
    /// Fallback patterns without keywords: PCRE2 runs them over every buffer.
    let alwaysRun: [Int]
    let maxCaptureCount: Int

    /// Compiles every pattern; throws for the first pattern PCRE2 rejects, naming its index.
    public init(patterns: [PatternSpec]) throws(IndexedPatternError) {
        self.patterns = patterns
        var regexes: [PCRE2Regex] = []
        for (index, spec) in patterns.enumerated() {
            do throws(PatternError) {
                regexes.append(try PCRE2Regex(spec.expression))
            } catch {
                throw IndexedPatternError(index: index, error: error)
            }
        }
        self.regexes = regexes
        maxCaptureCount = regexes.map(\.captureCount).max() ?? 0

        let cache = VectorscanCache.standard
        let firstKey = VectorscanCache.key(for: Self.prefilterExpressions(patterns, fallback: []).expressions, fallback: [])
        var fallback = cache?.knownFallback(key: firstKey)?.filter { patterns.indices.contains($0) } ?? Set<Int>()
        var database: VectorscanDatabase?
        while database == nil {
            let (expressions, owners) = Self.prefilterExpressions(patterns, fallback: fallback)
            if expressions.isEmpty { break }
            let key = VectorscanCache.key(for: expressions, fallback: fallback)
            if let cached = cache?.load(key: key) {
                database = cached
                break
            }
            do throws(VectorscanDatabase.CompileFailure) {
                let compiled = try VectorscanDatabase(expressions)
                cache?.store(compiled, key: key)
                if !fallback.isEmpty { cache?.storeFallback(fallback, key: firstKey) }
                database = compiled
            } catch {
                guard let failing = error.expressionIndex, !fallback.contains(owners[failing]) else {
                    // Not attributable to one pattern: confirm everything with PCRE2 alone.
                    fallback = Set(patterns.indices)
                    database = nil
                    break
                }
                fallback.insert(owners[failing])
            }
        }
        self.database = database
        let fallbackList = fallback.sorted()
        self.fallbackPatterns = fallbackList
        self.alwaysRun = database == nil
            ? Array(patterns.indices)
            : fallbackList.filter { patterns[$0].keywords.allSatisfy(\.isEmpty) }
    }

    public func makeSession() -> MatchSession { MatchSession(matcher: self) }

    /// The Vectorscan expressions for a pattern list: each pattern in prefilter mode, or its
    /// keywords as literals when it is a fallback pattern; `owners` maps expressions to patterns.
    static func prefilterExpressions(_ patterns: [PatternSpec], fallback: Set<Int>) -> (expressions: [VectorscanExpression], owners: [Int]) {
        var expressions: [VectorscanExpression] = []
        var owners: [Int] = []
        for (index, spec) in patterns.enumerated() {
            if fallback.contains(index) {
                for keyword in spec.keywords where !keyword.isEmpty {
                    expressions.append(VectorscanExpression(
                        expression: escapeLiteral(keyword), flags: UInt32(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH), id: UInt32(index)))
                    owners.append(index)
                }
            } else {
                let single = spec.window == .wholeFile ? UInt32(HS_FLAG_SINGLEMATCH) : 0
                expressions.append(VectorscanExpression(
                    expression: spec.expression, flags: UInt32(HS_FLAG_PREFILTER | HS_FLAG_MULTILINE | HS_FLAG_ALLOWEMPTY) | single,
                    id: UInt32(index)))
                owners.append(index)
            }
        }
        return (expressions, owners)
    }
}

public struct IndexedPatternError: Error, Sendable {
    public var index: Int
    public var error: PatternError
}

/// One thread's matching state. Not thread-safe; make one per thread.
public final class MatchSession {
    let matcher: MultiPatternMatcher
    let scratch: VectorscanScratch?
    let confirm: PCRE2Matcher

    // Windows collected during one Vectorscan pass.
    fileprivate var windows: [(pattern: Int, start: Int, end: Int)] = []
    fileprivate var lastWindow: [Int]
    fileprivate var touched: [Int] = []
    fileprivate var subject = UnsafeRawBufferPointer(start: nil, count: 0)

    init(matcher: MultiPatternMatcher) {
        self.matcher = matcher
        scratch = matcher.database.flatMap { VectorscanScratch(for: $0) }
        confirm = PCRE2Matcher(maxCaptureCount: matcher.maxCaptureCount)
        lastWindow = Array(repeating: -1, count: matcher.patterns.count)
    }

    /// Matches abandoned because a backtracking limit was hit.
    public var limitHits: Int { confirm.limitHits }

    /// Visits every confirmed match in `bytes`, pattern by pattern, in order of position.
    public func scan(_ bytes: UnsafeRawBufferPointer, _ visit: (PatternMatch) -> Void) {
        windows.removeAll(keepingCapacity: true)
        subject = bytes
        if let database = matcher.database, let scratch, let base = bytes.baseAddress, bytes.count < Int(UInt32.max) {
            let context = Unmanaged.passUnretained(self).toOpaque()
            hs_scan(database.database, base.assumingMemoryBound(to: CChar.self), UInt32(bytes.count), 0, scratch.scratch, onHit, context)
        }
        for index in touched { lastWindow[index] = -1 }
        touched.removeAll(keepingCapacity: true)
        for index in matcher.alwaysRun { windows.append((index, 0, bytes.count)) }
        windows.sort { $0.pattern != $1.pattern ? $0.pattern < $1.pattern : $0.start < $1.start }
        for window in windows {
            confirm.forEachMatch(of: matcher.regexes[window.pattern], in: bytes, from: window.start, to: window.end) { groups in
                visit(PatternMatch(pattern: window.pattern, groups: groups))
            }
        }
    }

    fileprivate func record(pattern: Int, end: Int) {
        if let last = lastWindow[pattern] as Int?, last >= 0, end <= windows[last].end { return }
        let start: Int, stop: Int
        switch matcher.patterns[pattern].window {
        case .wholeFile:
            start = 0
            stop = subject.count
        case .lines(let count):
            start = lineStart(before: end, lines: count)
            stop = lineEnd(after: end, lines: count)
        }
        let last = lastWindow[pattern]
        if last >= 0, start <= windows[last].end {
            windows[last].end = max(windows[last].end, stop)
        } else {
            if last < 0 { touched.append(pattern) }
            windows.append((pattern, start, stop))
            lastWindow[pattern] = windows.count - 1
        }
    }

    /// Offset of the start of the line `lines` lines above the one holding `offset`.
    private func lineStart(before offset: Int, lines: Int) -> Int {
        var position = min(offset, subject.count)
        var remaining = lines + 1
        while position > 0 {
            position -= 1
            if subject[position] == 0x0A {
                remaining -= 1
                if remaining == 0 { return position + 1 }
            }
        }
        return 0
    }

    /// Offset just past the line `lines` lines below the one holding `offset`.
    private func lineEnd(after offset: Int, lines: Int) -> Int {
        guard let base = subject.baseAddress else { return 0 }
        var position = min(offset, subject.count)
        var remaining = lines + 1
        while position < subject.count {
            guard let hit = memchr(base + position, 0x0A, subject.count - position) else { return subject.count }
            position = UnsafeRawPointer(hit) - base + 1
            remaining -= 1
            if remaining == 0 { return position }
        }
        return subject.count
    }
}

private func onHit(id: UInt32, from: UInt64, to: UInt64, flags: UInt32, context: UnsafeMutableRawPointer?) -> Int32 {
    let session = Unmanaged<MatchSession>.fromOpaque(context!).takeUnretainedValue()
    session.record(pattern: Int(id), end: Int(to))
    return 0
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
