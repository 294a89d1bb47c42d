internal import TOMLKit
import WardCore
import WardMatch

/// A gitleaks configuration (`.gitleaks.toml`) read as Ward secret rules and allowlists, so that a team
/// can switch from gitleaks without rewriting its rules.
///
/// Where Ward differs from gitleaks:
/// - Patterns are Go RE2; PCRE2 reads them alike but for the few rewrites in ``GitleaksRegex``. Matching
///   is on bytes (no UTF mode): `.` and `\p{L}` see one byte, not one character, and a non-ASCII
///   character inside `[...]` stands for each of its bytes.
/// - `^` and `$` match at every line, as under `(?m)`; in gitleaks, at the ends of the scanned text.
/// - `keywords` are kept, but unlike in gitleaks a match counts even where no keyword occurs.
/// - Without `secretGroup`, the secret is group 1 (gitleaks: the first group that matched).
/// - A rule's `path` becomes an allowlist of everything outside it. A rule with a `path` and no `regex`
///   flags the file itself, at its first byte; empty files, and binary ones that Ward skips, are not flagged.
/// - Rules with `skipReport` are left out, and composite rules (`[[rules.required]]`) lose their
///   proximity condition; both add a warning.
/// - Severity: gitleaks has none, so `.high` unless a tag names one.
/// - `[extend] path` is read relative to the directory of the file that names it.
public struct GitleaksConfiguration: Sendable {
    /// Largest configuration file read, so that a mistaken path cannot exhaust memory.
    public static let maximumSize = 8 << 20
    /// How many files deep `[extend] path` may chain.
    public static let maximumExtendDepth = 8

    /// The file read first (the one that may extend others).
    public var path: String
    /// The `title` of that file, or of the nearest file it extends that has one.
    public var title: String?
    /// The rules this file and the files it extends define, sorted by id.
    public var rules: [SecretRule]
    /// Allowlists that apply to every rule.
    public var allowlists: [SecretAllowlist]
    /// Allowlists aimed at rules these files do not define (Ward's built-ins, under `useDefault`): from
    /// `[[allowlists]] targetRules`, or from a `[[rules]]` entry with neither `regex` nor `path`.
    public var allowlistsByRuleId: [String: [SecretAllowlist]]
    /// Whether `[extend] useDefault = true`, here or in an extended file: the caller adds its built-in rules.
    public var extendsDefault: Bool
    /// `[extend] disabledRules` of every file in the chain: built-in rules the caller should leave out.
    public var disabledRuleIds: [String]
    /// What was imported only in part or ignored, one sentence each.
    public var warnings: [String]

    /// Reads and translates the configuration at `path`.
    public static func load(path: String) throws(InputError) -> GitleaksConfiguration {
        try GitleaksConfiguration(toml: try readText(path), path: path)
    }

    /// Translates a configuration's text; `path` names it in errors and anchors `[extend] path`.
    public init(toml: String, path: String) throws(InputError) {
        guard toml.utf8.count <= Self.maximumSize else { throw InputError(path: path, "larger than \(Self.maximumSize >> 20) MiB") }
        let resolved = try Self.resolve(GitleaksDocument(toml: toml, path: path), path: path, chain: [Self.normalized(path)])
        self.path = path
        title = resolved.title
        allowlists = resolved.allowlists
        extendsDefault = resolved.useDefault
        disabledRuleIds = resolved.disabledRuleIds
        warnings = resolved.warnings
        rules = []
        allowlistsByRuleId = [:]
        var positions: [String: Int] = [:]
        var skipped: Set<String> = []
        for raw in resolved.rules.sorted(by: { GitleaksRawRule.wardId($0.id) < GitleaksRawRule.wardId($1.id) }) {
            let context = "\(raw.file): rule '\(raw.id)'"
            if raw.skipReport {
                skipped.insert(raw.id)
                warnings.append("\(context) only serves composite rules (skipReport) and was left out")
            } else if raw.regex == nil, raw.path == nil {
                guard extendsDefault else {
                    throw InputError(path: raw.file, line: raw.line, "rule '\(raw.id)' has neither `regex` nor `path`, so it can match nothing")
                }
                allowlistsByRuleId[raw.id, default: []] += raw.allowlists
                if raw.description != nil || raw.entropy != nil || raw.secretGroup != nil || !raw.keywords.isEmpty || !raw.tags.isEmpty {
                    warnings.append("\(context): only its allowlists apply to the built-in rule of that id")
                }
            } else {
                if raw.isComposite { warnings.append("\(context) is imported without its [[rules.required]] condition") }
                let rule = raw.makeRule()
                if rules.contains(where: { $0.id == rule.id }) {
                    throw InputError(path: raw.file, line: raw.line, "rule '\(raw.id)': Ward id '\(rule.id)' is already taken by another rule")
                }
                positions[raw.id] = rules.count
                rules.append(rule)
            }
        }
        for target in resolved.targeted {
            for id in target.ruleIds where !skipped.contains(id) {
                if let position = positions[id] {
                    rules[position].allowlists.append(target.allowlist)
                } else if extendsDefault {
                    allowlistsByRuleId[id, default: []].append(target.allowlist)
                } else {
                    throw InputError(path: target.file, line: target.line, "[[allowlists]] targets rule '\(id)', which no file defines")
                }
            }
        }
    }

    /// The rules to scan with. Under `useDefault`: `builtIn` less the disabled rules and those an
    /// imported rule of the same id replaces, with the allowlists aimed at them, then the imported rules.
    public func rules(mergedWith builtIn: [SecretRule]) -> [SecretRule] {
        guard extendsDefault else { return rules }
        let dropped = Set(disabledRuleIds).union(rules.map(\.id))
        var merged = builtIn.filter { !dropped.contains($0.id) }
        for index in merged.indices { merged[index].allowlists += allowlistsByRuleId[merged[index].id] ?? [] }
        return merged + rules
    }

    // MARK: - Extending

    /// Merges `document` with the chain of files its `[extend] path` names, as gitleaks does: rules of
    /// the same id are merged field by field, disabled rules of the extended files dropped, allowlists added.
    private static func resolve(_ document: GitleaksDocument, path: String, chain: [String]) throws(InputError) -> GitleaksDocument {
        guard let extendPath = document.extendPath else { return document }
        let basePath = extendPath.hasPrefix("/") ? extendPath : directory(of: path) + extendPath
        guard !chain.contains(normalized(basePath)) else {
            throw InputError(path: path, line: document.extendLine, "[extend] path '\(extendPath)' leads back to a file already being extended")
        }
        guard chain.count < maximumExtendDepth else {
            throw InputError(path: path, line: document.extendLine, "[extend] chains more than \(maximumExtendDepth) files")
        }
        let text: String
        do {
            text = try readText(basePath)
        } catch {
            throw InputError(path: path, line: document.extendLine, "[extend] path '\(extendPath)': \(error)")
        }
        let base = try resolve(GitleaksDocument(toml: text, path: basePath), path: basePath, chain: chain + [normalized(basePath)])
        var merged = document
        let disabled = Set(document.disabledRuleIds)
        for rule in base.rules where !disabled.contains(rule.id) {
            if let index = merged.rules.firstIndex(where: { $0.id == rule.id }) {
                merged.rules[index] = merged.rules[index].overriding(rule)
            } else {
                merged.rules.append(rule)
            }
        }
        merged.title = document.title ?? base.title
        merged.useDefault = document.useDefault || base.useDefault
        merged.disabledRuleIds += base.disabledRuleIds.filter { !disabled.contains($0) }
        merged.allowlists += base.allowlists
        merged.targeted += base.targeted
        merged.warnings += base.warnings
        return merged
    }

    static func readText(_ path: String) throws(InputError) -> String {
        let bytes = try FileReader.readAll(path: path, limit: maximumSize + 1)
        guard bytes.count <= maximumSize else { throw InputError(path: path, "larger than \(maximumSize >> 20) MiB") }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else {
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            var offset = 0
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
            throw InputError(path: path, line: 1 + bytes[..<offset].count(where: { $0 == 10 }), "not UTF-8 text")
        }
        return text
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `path` with `.`, empty and `dir/..` components removed, to recognise a file met twice.
    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}

// MARK: - Reading TOML

/// Typed access to one table of a gitleaks file, with errors naming the file and the line. Keys match
/// case-insensitively, as gitleaks (through viper) matches them.
struct GitleaksFields {
    let table: TOMLTable
    let path: String
    let source: GitleaksSource
    /// The lines this table was written on (the whole file when they cannot be told apart).
    let section: Range<Int>
    let context: String
    private let keys: [String: String]

    init(_ table: TOMLTable, path: String, source: GitleaksSource, section: Range<Int>, context: String) {
        (self.table, self.path, self.source, self.section, self.context) = (table, path, source, section, context)
        keys = Dictionary(table.keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
    }

    func nested(_ table: TOMLTable, section: Range<Int>, context: String) -> GitleaksFields {
        GitleaksFields(table, path: path, source: source, section: section, context: context)
    }

    func renamed(_ context: String) -> GitleaksFields { nested(table, section: section, context: context) }

    func has(_ key: String) -> Bool { keys[key.lowercased()] != nil }

    func line(ofKey key: String) -> Int? { source.line(ofKey: key, in: section) }

    func error(_ key: String?, _ message: String) -> InputError {
        let tableLine = section == source.all ? nil : section.first.map { $0 + 1 }
        return InputError(path: path, line: key.flatMap(line(ofKey:)) ?? tableLine, "\(context): \(message)")
    }

    private func value(_ key: String) -> TOMLValueConvertible? { keys[key.lowercased()].flatMap { table[$0] } }

    private func mismatch(_ key: String, _ expected: String, _ found: TOMLType) -> InputError {
        let name = found.description
        return error(key, "`\(key)` must be \(expected), not \("aeiou".contains(name.first ?? "x") ? "an" : "a") \(name)")
    }

    private func scalar<T>(_ key: String, _ expected: String, _ convert: (TOMLValueConvertible) -> T?) throws(InputError) -> T? {
        guard let value = value(key) else { return nil }
        guard let converted = convert(value) else { throw mismatch(key, expected, value.type) }
        return converted
    }

    private func array<T>(_ key: String, of expected: String, _ convert: (TOMLValueConvertible) -> T?) throws(InputError) -> [T] {
        guard let value = value(key) else { return [] }
        guard let array = value.array else { throw mismatch(key, "an array of \(expected)", value.type) }
        var elements: [T] = []
        for element in array {
            guard let converted = convert(element) else { throw mismatch(key, "an array of \(expected), each", element.type) }
            elements.append(converted)
        }
        return elements
    }

    func string(_ key: String) throws(InputError) -> String? { try scalar(key, "a string") { $0.string } }
    func bool(_ key: String) throws(InputError) -> Bool? { try scalar(key, "true or false") { $0.bool } }
    func int(_ key: String) throws(InputError) -> Int? { try scalar(key, "an integer") { $0.int } }
    func number(_ key: String) throws(InputError) -> Double? { try scalar(key, "a number") { $0.double ?? $0.int.map(Double.init) } }
    func table(_ key: String) throws(InputError) -> TOMLTable? { try scalar(key, "a table") { $0.table } }
    func strings(_ key: String) throws(InputError) -> [String] { try array(key, of: "strings") { $0.string } }

    /// An array of tables (`[[key]]`); a single table (`[key]`) counts as an array of one.
    func tables(_ key: String) throws(InputError) -> [TOMLTable] {
        if let single = value(key)?.table { return [single] }
        return try array(key, of: "tables") { $0.table }
    }
}

/// The lines of a configuration, to tell where a table or a key was written: TOMLKit only gives
/// positions for syntax errors.
struct GitleaksSource {
    let lines: [Substring]

    init(_ text: String) { lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" } }

    var all: Range<Int> { lines.indices }

    /// The table header on line `index` (`[[rules]]`, `[rules.allowlist]`) without spaces, if it is one.
    func header(_ index: Int) -> String? {
        let text = lines[index].drop { $0 == " " || $0 == "\t" }
        let double = text.hasPrefix("[[")
        guard text.hasPrefix("["), let close = text.firstRange(of: double ? "]]" : "]") else { return nil }
        let name = String(text[..<close.upperBound].filter { $0 != " " && $0 != "\t" })
        let inner = name.dropFirst(double ? 2 : 1).dropLast(double ? 2 : 1)
        guard !inner.isEmpty, inner.allSatisfy({ $0.isLetter || $0.isNumber || "._-\"'".contains($0) }) else { return nil }
        return name
    }

    /// The line ranges of the tables whose header `matches`, each running to the next header, except
    /// headers of sub-tables starting with `nested` (`rules.`), which stay inside.
    func sections(in range: Range<Int>? = nil, keeping nested: String? = nil, where matches: (String) -> Bool) -> [Range<Int>] {
        let range = range ?? all
        var sections: [Range<Int>] = []
        var start: Int?
        for index in range {
            guard let name = header(index) else { continue }
            let isNested = nested.map { name.hasPrefix("[" + $0) || name.hasPrefix("[[" + $0) } ?? false
            if let open = start, !isNested {
                sections.append(open..<index)
                start = nil
            }
            if matches(name) { start = index }
        }
        if let open = start { sections.append(open..<range.upperBound) }
        return sections
    }

    /// The 1-based line in `range` that assigns `key` (`key = …`), ignoring case and quotes.
    func line(ofKey key: String, in range: Range<Int>) -> Int? {
        let key = key.lowercased()
        return range.first { index in
            let text = lines[index].drop { " \t\"'".contains($0) }.lowercased()
            guard text.hasPrefix(key) else { return false }
            return text.dropFirst(key.count).drop { " \t\"'".contains($0) }.first == "="
        }.map { $0 + 1 }
    }

    /// The 1-based line in `range` holding `text` verbatim.
    func line(containing text: String, in range: Range<Int>) -> Int? {
        guard !text.isEmpty else { return nil }
        return range.first { lines[$0].contains(text) }.map { $0 + 1 }
    }
}
