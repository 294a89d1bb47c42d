import WardMatch

/// A match that survived a clause so far: its range, its groups, and the pattern that named them.
struct PatternCandidate {
    var range: Range<Int>
    var groups: [Range<Int>?]
    var pattern: CompiledPattern

    func group(_ reference: GroupReference) -> Range<Int>? {
        guard let index = pattern.groupIndex(reference), index < groups.count else { return nil }
        return groups[index]
    }
}

/// Evaluates pattern clauses over one (masked) buffer. One per thread: it owns PCRE2 match state.
final class PatternEvaluator {
    private let matcher = PCRE2Matcher(maxCaptureCount: 64)

    /// Matches abandoned on a backtracking limit (hostile input).
    var limitHits: Int { matcher.limitHits }

    /// The candidates a clause yields on `subject`, in order of position, one per start offset.
    func candidates(of clause: PatternClause, in subject: UnsafeRawBufferPointer) -> [PatternCandidate] {
        switch clause {
        case .regex(let pattern):
            var found: [PatternCandidate] = []
            matcher.forEachMatch(of: pattern.regex, in: subject, from: 0, to: subject.count) { groups in
                if let range = groups[0] { found.append(PatternCandidate(range: range, groups: groups, pattern: pattern)) }
            }
            return found
        case .either(let items):
            let all = items.flatMap { candidates(of: $0, in: subject) }
            return Self.uniqueByStart(all)
        case .all(let operators):
            return evaluate(operators, in: subject)
        }
    }

    private func evaluate(_ operators: [PatternOperator], in subject: UnsafeRawBufferPointer) -> [PatternCandidate] {
        guard let first = operators.firstIndex(where: { if case .positive = $0 { true } else { false } }),
              case .positive(let seed) = operators[first] else { return [] }
        var kept = candidates(of: seed, in: subject)
        for (index, op) in operators.enumerated() where index != first {
            if kept.isEmpty { return [] }
            switch op {
            case .positive(let clause):
                let ranges = candidates(of: clause, in: subject).map(\.range)
                kept.removeAll { candidate in !ranges.contains { Self.overlap($0, candidate.range) } }
            case .not(let pattern):
                let ranges = matches(of: pattern, in: subject)
                kept.removeAll { candidate in ranges.contains { Self.overlap($0, candidate.range) } }
            case .inside(let pattern):
                let regions = matches(of: pattern, in: subject)
                kept.removeAll { candidate in !regions.contains { Self.contains($0, candidate.range) } }
            case .notInside(let pattern):
                let regions = matches(of: pattern, in: subject)
                kept.removeAll { candidate in regions.contains { Self.contains($0, candidate.range) } }
            case .metavariableRegex(let reference, let pattern):
                kept.removeAll { candidate in
                    guard let range = candidate.group(reference) else { return true }
                    return !hasMatch(pattern, in: subject, range: range)
                }
            }
        }
        return kept
    }

    private func matches(of pattern: CompiledPattern, in subject: UnsafeRawBufferPointer) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        matcher.forEachMatch(of: pattern.regex, in: subject, from: 0, to: subject.count) { groups in
            if let range = groups[0] { ranges.append(range) }
        }
        return ranges
    }

    /// Whether `pattern` matches within `range` alone (the group's text, as its own subject).
    private func hasMatch(_ pattern: CompiledPattern, in subject: UnsafeRawBufferPointer, range: Range<Int>) -> Bool {
        let slice = UnsafeRawBufferPointer(rebasing: subject[range])
        var found = false
        matcher.forEachMatch(of: pattern.regex, in: slice, from: 0, to: slice.count) { _ in found = true }
        return found
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty || b.isEmpty { return a.lowerBound >= b.lowerBound && a.lowerBound <= b.upperBound || b.lowerBound >= a.lowerBound && b.lowerBound <= a.upperBound }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }

    static func contains(_ region: Range<Int>, _ inner: Range<Int>) -> Bool {
        region.lowerBound <= inner.lowerBound && inner.upperBound <= region.upperBound
    }

    static func uniqueByStart(_ candidates: [PatternCandidate]) -> [PatternCandidate] {
        var seen = Set<Int>()
        return candidates.sorted { $0.range.lowerBound < $1.range.lowerBound }.filter { seen.insert($0.range.lowerBound).inserted }
    }
}
