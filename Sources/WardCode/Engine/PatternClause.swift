/// A positive pattern: something that produces candidate matches.
public indirect enum PatternClause: Sendable {
    /// Every match of one regex.
    case regex(CompiledPattern)
    /// The union of the candidates of each alternative (`pattern-either`).
    case either([PatternClause])
    /// Candidates of the first positive operator, filtered by all the others (`patterns`).
    case all([PatternOperator])

    /// Every compiled regex below this clause, for validation.
    var positivePatterns: [CompiledPattern] {
        switch self {
        case .regex(let pattern): [pattern]
        case .either(let items): items.flatMap(\.positivePatterns)
        case .all(let operators): operators.flatMap { if case .positive(let clause) = $0 { clause.positivePatterns } else { [CompiledPattern]() } }
        }
    }
}

/// One operator of a `patterns` list.
public enum PatternOperator: Sendable {
    /// `pattern-regex`, `pattern-either` or nested `patterns`.
    case positive(PatternClause)
    /// `pattern-not-regex`: drops candidates a match overlaps.
    case not(CompiledPattern)
    /// `pattern-inside`: keeps candidates wholly within a match (a region).
    case inside(CompiledPattern)
    /// `pattern-not-inside`: drops candidates wholly within a match.
    case notInside(CompiledPattern)
    /// `metavariable-regex`: keeps candidates whose group text matches.
    case metavariableRegex(GroupReference, CompiledPattern)
}
