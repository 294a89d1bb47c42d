import WardCore
import WardMatch
import Yams

/// The parser's view of one rule while reading it: errors name the file, the line and the rule.
struct RuleContext {
    let id: String
    let reader: YAMLNodeReader

    func error(_ node: Node?, _ message: String) -> InputError {
        reader.error(node, "rule '\(id)': \(message)")
    }

    /// Compiles a regex node; a PCRE2 error reports its offset in the pattern.
    func pattern(_ node: Node) throws(InputError) -> CompiledPattern {
        let source = try reader.string(node, "a pattern")
        guard !source.isEmpty else { throw error(node, "empty pattern") }
        do throws(PatternError) {
            return try CompiledPattern(source)
        } catch let failure {
            throw error(node, "bad regex '\(source)': \(failure)")
        }
    }

    /// Parses a `patterns` list (all-of).
    func patterns(_ node: Node, depth: Int = 0) throws(InputError) -> PatternClause {
        guard depth < 16 else { throw error(node, "patterns nested too deeply") }
        var operators: [PatternOperator] = []
        for item in try reader.sequence(node, "'patterns'") {
            let entries = try reader.mapping(item, "an item of 'patterns'")
            guard entries.count == 1, let entry = entries.first else {
                throw error(item, "each item of 'patterns' holds exactly one operator")
            }
            switch entry.key {
            case "pattern-regex": operators.append(.positive(.regex(try pattern(entry.value))))
            case "pattern-either": operators.append(.positive(try either(entry.value, depth: depth + 1)))
            case "patterns": operators.append(.positive(try patterns(entry.value, depth: depth + 1)))
            case "pattern-not-regex": operators.append(.not(try pattern(entry.value)))
            case "pattern-inside": operators.append(.inside(try pattern(entry.value)))
            case "pattern-not-inside": operators.append(.notInside(try pattern(entry.value)))
            case "metavariable-regex": operators.append(try metavariableRegex(entry.value))
            default: throw error(entry.keyNode, "unknown operator '\(entry.key)'")
            }
        }
        guard operators.contains(where: { if case .positive = $0 { true } else { false } }) else {
            throw error(node, "'patterns' needs a pattern-regex, pattern-either or patterns")
        }
        return .all(operators)
    }

    func either(_ node: Node, depth: Int) throws(InputError) -> PatternClause {
        var items: [PatternClause] = []
        for item in try reader.sequence(node, "'pattern-either'") {
            let entries = try reader.mapping(item, "an item of 'pattern-either'")
            guard entries.count == 1, let entry = entries.first else {
                throw error(item, "each item of 'pattern-either' holds exactly one pattern")
            }
            switch entry.key {
            case "pattern-regex": items.append(.regex(try pattern(entry.value)))
            case "patterns": items.append(try patterns(entry.value, depth: depth + 1))
            case "pattern-either": items.append(try either(entry.value, depth: depth + 1))
            default: throw error(entry.keyNode, "'pattern-either' takes pattern-regex or patterns, not '\(entry.key)'")
            }
        }
        guard !items.isEmpty else { throw error(node, "'pattern-either' is empty") }
        return .either(items)
    }

    func metavariableRegex(_ node: Node) throws(InputError) -> PatternOperator {
        var reference: GroupReference?
        var regex: CompiledPattern?
        for entry in try reader.mapping(node, "'metavariable-regex'") {
            switch entry.key {
            case "metavariable":
                let text = try reader.string(entry.value, "'metavariable'")
                guard let parsed = GroupReference(parsing: text) else { throw error(entry.value, "bad metavariable '\(text)'") }
                reference = parsed
            case "regex": regex = try pattern(entry.value)
            default: throw error(entry.keyNode, "unknown key 'metavariable-regex.\(entry.key)'")
            }
        }
        guard let reference, let regex else { throw error(node, "'metavariable-regex' needs 'metavariable' and 'regex'") }
        return .metavariableRegex(reference, regex)
    }

    /// Every metavariable used in the message, `secret` or a `metavariable-regex` must be a group of
    /// some positive pattern, or the message would silently print nothing.
    func checkReferences(_ references: [GroupReference], in clause: PatternClause, node: Node) throws(InputError) {
        let patterns = clause.positivePatterns
        var all = references
        collectMetavariables(clause, into: &all)
        for reference in all where !patterns.contains(where: { $0.groupIndex(reference) != nil }) {
            throw error(node, "metavariable \(reference) is not a group of any pattern")
        }
    }

    private func collectMetavariables(_ clause: PatternClause, into references: inout [GroupReference]) {
        switch clause {
        case .regex: break
        case .either(let items): items.forEach { collectMetavariables($0, into: &references) }
        case .all(let operators):
            for op in operators {
                if case .metavariableRegex(let reference, _) = op { references.append(reference) }
                if case .positive(let inner) = op { collectMetavariables(inner, into: &references) }
            }
        }
    }

    /// Reads `examples: {trigger: […], pass: […]}`; each item is code or `{code:, path:}`.
    func examples(_ node: Node) throws(InputError) -> (trigger: [Example], pass: [Example]) {
        var trigger: [Example] = [], pass: [Example] = []
        for entry in try reader.mapping(node, "'examples'") {
            var list: [Example] = []
            for item in try reader.sequence(entry.value, "'examples.\(entry.key)'") {
                if case .scalar = item {
                    list.append(Example(try reader.string(item, "an example")))
                    continue
                }
                var code: String?, path: String?
                for field in try reader.mapping(item, "an example") {
                    switch field.key {
                    case "code": code = try reader.string(field.value, "'code'")
                    case "path": path = try reader.string(field.value, "'path'")
                    default: throw error(field.keyNode, "unknown example key '\(field.key)' (use code and path)")
                    }
                }
                guard let code else { throw error(item, "example without 'code'") }
                list.append(Example(code, path: path))
            }
            switch entry.key {
            case "trigger": trigger = list
            case "pass": pass = list
            default: throw error(entry.keyNode, "unknown key 'examples.\(entry.key)' (use trigger and pass)")
            }
        }
        return (trigger, pass)
    }
}

extension RequiredLiterals {
    /// The prefilter keywords of a whole clause: the best required set of any positive operator or
    /// region; empty when the rule must run on every file.
    static func keywords(of clause: PatternClause) -> [String] {
        required(clause) ?? []
    }

    private static func required(_ clause: PatternClause) -> [String]? {
        switch clause {
        case .regex(let pattern):
            return of(pattern.source)
        case .either(let items):
            var union: [String] = []
            for item in items {
                guard let literals = required(item) else { return nil }
                union.append(contentsOf: literals)
            }
            return Array(Set(union)).sorted()
        case .all(let operators):
            var best: [String]?
            for op in operators {
                switch op {
                case .positive(let inner): best = better(best, required(inner))
                case .inside(let region): best = better(best, of(region.source))
                default: break
                }
            }
            return best
        }
    }
}
