import WardCore
import WardMatch
import Yams

/// Reads pattern rules from YAML (the language in docs/rule-language.md). Every problem is an
/// `InputError` naming the file and line; nothing in a rule file can crash the scanner.
public enum PatternRuleParser {
    static let ruleKeys: Set<String> = [
        "id", "title", "message", "summary", "severity", "confidence", "cwe", "owasp", "remediation", "references",
        "languages", "pattern-regex", "patterns", "paths", "mask-strings", "keywords", "secret", "examples",
    ]

    /// Parses a rule file: a mapping whose `rules` key lists the rules.
    public static func parse(yaml: String, path: String) throws(InputError) -> [PatternRule] {
        let reader = YAMLNodeReader(path: path)
        guard let root = try YAMLNodeReader.compose(yaml, path: path) else { return [] }
        let top = try reader.mapping(root, "rule file")
        for entry in top where entry.key != "rules" {
            throw reader.error(entry.keyNode, "unknown top-level key '\(entry.key)' (expected 'rules')")
        }
        guard let rules = top.first(where: { $0.key == "rules" }) else { throw reader.error(root, "missing 'rules'") }
        return try parse(rules: rules.value, path: path)
    }

    /// Parses a list of rules already composed from a larger document (e.g. `code: rules:` in `ward.yml`).
    public static func parse(rules node: Node, path: String) throws(InputError) -> [PatternRule] {
        let reader = YAMLNodeReader(path: path)
        var rules: [PatternRule] = []
        var seen: [String: Int] = [:]
        for item in try reader.sequence(node, "'rules'") {
            let rule = try parse(rule: item, reader: reader)
            if let line = seen[rule.id] { throw reader.error(item, "duplicate rule id '\(rule.id)' (first defined at line \(line))") }
            seen[rule.id] = item.mark?.line ?? 0
            rules.append(rule)
        }
        return rules
    }

    static func parse(rule node: Node, reader: YAMLNodeReader) throws(InputError) -> PatternRule {
        let entries = try reader.mapping(node, "a rule")
        let idNode = entries.first { $0.key == "id" }?.value
        guard let idNode else { throw reader.error(node, "rule without 'id'") }
        let id = try reader.string(idNode, "'id'")
        guard RuleDescription.isValidIdentifier(id) else { throw reader.error(idNode, "rule id '\(id)' is not kebab-case") }
        let context = RuleContext(id: id, reader: reader)
        for entry in entries where !ruleKeys.contains(entry.key) {
            throw context.error(entry.keyNode, "unknown key '\(entry.key)'")
        }
        var values: [String: Node] = [:]
        for entry in entries { values[entry.key] = entry.value }

        func required(_ key: String) throws(InputError) -> Node {
            guard let value = values[key] else { throw context.error(node, "missing '\(key)'") }
            return value
        }
        let title = try reader.nonEmptyString(try required("title"), "'title'")
        let messageText = try reader.nonEmptyString(try required("message"), "'message'")
        let severityNode = try required("severity")
        guard let severity = Severity(parsing: try reader.string(severityNode, "'severity'")) else {
            throw context.error(severityNode, "unknown severity (use critical, high, medium, low or info)")
        }
        var confidence = Confidence.medium
        if let node = values["confidence"] {
            guard let parsed = Confidence(rawValue: try reader.string(node, "'confidence'").lowercased()) else {
                throw context.error(node, "unknown confidence (use high, medium or low)")
            }
            confidence = parsed
        }
        let languagesNode = try required("languages")
        var languages: [Language] = []
        for name in try reader.strings(languagesNode, "'languages'") {
            guard let language = Language(rawValue: name.lowercased()) else { throw context.error(languagesNode, "unknown language '\(name)'") }
            languages.append(language)
        }
        guard !languages.isEmpty else { throw context.error(languagesNode, "'languages' is empty") }

        let clause: PatternClause
        switch (values["pattern-regex"], values["patterns"]) {
        case (let regex?, nil): clause = .regex(try context.pattern(regex))
        case (nil, let list?): clause = try context.patterns(list)
        case (.some, .some): throw context.error(node, "give either 'pattern-regex' or 'patterns', not both")
        case (nil, nil): throw context.error(node, "missing 'pattern-regex' or 'patterns'")
        }

        let message = MessageTemplate(messageText)
        let secretGroup = try values["secret"].map { (node) throws(InputError) -> GroupReference in
            guard let reference = GroupReference(parsing: try reader.string(node, "'secret'")) else {
                throw context.error(node, "'secret' must name a group, e.g. SECRET or 1")
            }
            return reference
        }
        try context.checkReferences(message.references + (secretGroup.map { [$0] } ?? []), in: clause, node: values["message"] ?? node)

        var include: [PathPattern] = [], exclude: [PathPattern] = []
        if let pathsNode = values["paths"] {
            for entry in try reader.mapping(pathsNode, "'paths'") {
                switch entry.key {
                case "include": include = try reader.strings(entry.value, "'paths.include'").map(PathPattern.init)
                case "exclude": exclude = try reader.strings(entry.value, "'paths.exclude'").map(PathPattern.init)
                default: throw context.error(entry.keyNode, "unknown key 'paths.\(entry.key)' (use include or exclude)")
                }
            }
        }
        var keywords = RequiredLiterals.keywords(of: clause)
        if let node = values["keywords"] {
            keywords = try reader.strings(node, "'keywords'").map { $0.lowercased() }
            guard keywords.allSatisfy({ !$0.isEmpty }) else { throw context.error(node, "'keywords' must not hold empty text") }
        }
        let (triggering, passing) = try values["examples"].map { (node) throws(InputError) in try context.examples(node) } ?? ([], [])
        let owasp = try values["owasp"].map { (node) throws(InputError) in try reader.strings(node, "'owasp'") } ?? []
        let description = RuleDescription(
            id: id, title: title, summary: try values["summary"].map { (node) throws(InputError) in try reader.string(node, "'summary'") } ?? messageText,
            kind: .code, severity: severity, confidence: confidence,
            cwe: try values["cwe"].map { (node) throws(InputError) in try reader.integers(node, "'cwe'") } ?? [],
            owasp: owasp,
            remediation: try values["remediation"].map { (node) throws(InputError) in try reader.string(node, "'remediation'") } ?? "",
            tags: owasp + languages.map(\.rawValue),
            references: try values["references"].map { (node) throws(InputError) in try reader.strings(node, "'references'") } ?? [],
            triggeringExamples: triggering, nonTriggeringExamples: passing)
        return PatternRule(
            description: description, message: message, languages: languages, clause: clause, include: include, exclude: exclude,
            maskStrings: try values["mask-strings"].map { (node) throws(InputError) in try reader.bool(node, "'mask-strings'") } ?? false,
            keywords: keywords, secretGroup: secretGroup, origin: reader.path)
    }
}
