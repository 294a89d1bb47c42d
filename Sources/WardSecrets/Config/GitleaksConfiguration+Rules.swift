internal import TOMLKit
import WardCore
import WardMatch

/// One gitleaks configuration file as written, before `[extend]` merges it with the file it extends.
struct GitleaksDocument {
    struct Targeted {
        var ruleIds: [String]
        var allowlist: SecretAllowlist
        var file: String
        var line: Int?
    }

    var title: String?
    var useDefault = false
    var extendPath: String?
    var extendLine: Int?
    var disabledRuleIds: [String] = []
    var rules: [GitleaksRawRule] = []
    var allowlists: [SecretAllowlist] = []
    var targeted: [Targeted] = []
    var warnings: [String] = []

    init(toml: String, path: String) throws(InputError) {
        let source = GitleaksSource(toml)
        if let nul = toml.utf8.firstIndex(of: 0) {
            let line = 1 + toml.utf8[..<nul].count { $0 == UInt8(ascii: "\n") }
            throw InputError(path: path, line: line, "invalid TOML: NUL byte (is this a binary file?)")
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: toml)
        } catch let error as TOMLParseError {
            throw InputError(path: path, line: error.source.begin.line, column: error.source.begin.column, "invalid TOML: \(error.description)")
        } catch {
            throw InputError(path: path, "invalid TOML: \(error)")
        }
        let top = GitleaksFields(root, path: path, source: source, section: source.all, context: "configuration")
        title = try top.string("title")
        if let extend = try top.table("extend") {
            let fields = top.nested(extend, section: source.sections { $0 == "[extend]" }.first ?? source.all, context: "[extend]")
            useDefault = try fields.bool("useDefault") ?? false
            extendPath = try fields.string("path").flatMap { $0.isEmpty ? nil : $0 }
            extendLine = fields.line(ofKey: "path")
            disabledRuleIds = try fields.strings("disabledRules")
            if try fields.string("url") != nil { warnings.append("\(path): [extend] url is not supported and was ignored") }
            if useDefault, extendPath != nil { throw fields.error("path", "set either `useDefault` or `path`, not both") }
        }
        let ruleTables = try top.tables("rules")
        let ruleSections = source.sections(keeping: "rules.") { $0 == "[[rules]]" }
        for (index, table) in ruleTables.enumerated() {
            let section = ruleSections.count == ruleTables.count ? ruleSections[index] : source.all
            let rule = try GitleaksRawRule(top.nested(table, section: section, context: "rule number \(index + 1)"))
            if let earlier = rules.firstIndex(where: { $0.id == rule.id }) {
                warnings.append("\(path): rule '\(rule.id)' is defined twice; the later definition is used")
                rules.remove(at: earlier)
            }
            rules.append(rule)
        }
        let oldStyle = try top.tables("allowlist")
        let newStyle = try top.tables("allowlists")
        let sections = source.sections { $0 == "[allowlist]" || $0 == "[[allowlist]]" || $0 == "[[allowlists]]" }
        for (index, table) in (oldStyle + newStyle).enumerated() {
            let section = sections.count == oldStyle.count + newStyle.count ? sections[index] : source.all
            let fields = top.nested(table, section: section, context: index < oldStyle.count ? "[allowlist]" : "[[allowlists]]")
            let allowlist = try fields.allowlist()
            let targets = try fields.strings("targetRules")
            if targets.isEmpty {
                allowlists.append(allowlist)
            } else {
                targeted.append(Targeted(ruleIds: targets, allowlist: allowlist, file: path, line: section.first.map { $0 + 1 }))
            }
        }
    }
}

/// One `[[rules]]` entry as written. Fields left out stay nil, so that a rule can change only some
/// fields of the rule of the same id in the file it extends, as gitleaks merges them.
struct GitleaksRawRule {
    var id: String
    var file: String
    var line: Int?
    var description: String?
    var regex: String?
    var path: String?
    var secretGroup: Int?
    var entropy: Double?
    var keywords: [String] = []
    var tags: [String] = []
    var allowlists: [SecretAllowlist] = []
    var skipReport = false
    var isComposite = false

    init(_ fields: GitleaksFields) throws(InputError) {
        guard let id = try fields.string("id"), !id.allSatisfy({ $0 == " " || $0 == "\t" }) else {
            throw fields.error(nil, "rule without an `id`")
        }
        let fields = fields.renamed("rule '\(id)'")
        self.id = id
        file = fields.path
        line = fields.line(ofKey: "id")
        description = try fields.string("description")
        regex = try fields.string("regex").flatMap { $0.isEmpty ? nil : $0 }
        path = try fields.string("path").flatMap { $0.isEmpty ? nil : $0 }
        secretGroup = try fields.int("secretGroup").flatMap { $0 == 0 ? nil : $0 }
        entropy = try fields.number("entropy").flatMap { $0 == 0 ? nil : $0 }
        keywords = try fields.strings("keywords").map { $0.lowercased() }
        tags = try fields.strings("tags")
        skipReport = try fields.bool("skipReport") ?? false
        isComposite = fields.has("required")
        if let group = secretGroup, group < 0 { throw fields.error("secretGroup", "`secretGroup` must not be negative") }
        if let entropy, !(entropy > 0 && entropy.isFinite) { throw fields.error("entropy", "`entropy` must be a positive number") }
        if let regex {
            let compiled = try fields.regex(regex, key: "regex")
            if let group = secretGroup, group > compiled.captureCount {
                throw fields.error("secretGroup", "`secretGroup` is \(group) but the regex has \(compiled.captureCount) group(s)")
            }
        }
        if let path {
            _ = try fields.regex(path, key: "path")
            _ = try fields.regex(path, key: "path", compiling: Self.outsidePattern(path))
        }
        let tables = try fields.tables("allowlist") + fields.tables("allowlists")
        let sections = fields.source.sections(in: fields.section) { $0.hasPrefix("[rules.allowlist") || $0.hasPrefix("[[rules.allowlist") }
        for (index, table) in tables.enumerated() {
            let section = sections.count == tables.count ? sections[index] : fields.section
            allowlists.append(try fields.nested(table, section: section, context: "rule '\(id)' allowlist").allowlist())
        }
    }

    /// This rule's fields laid over `base`'s, as gitleaks' `[extend]` merges two rules of the same id.
    func overriding(_ base: GitleaksRawRule) -> GitleaksRawRule {
        var merged = base
        if let description { merged.description = description }
        if let entropy { merged.entropy = entropy }
        if let secretGroup { merged.secretGroup = secretGroup }
        if let path { merged.path = path }
        if let regex { merged.regex = regex }
        if regex != nil || path != nil { (merged.file, merged.line) = (file, line) }
        merged.tags = base.tags + tags
        merged.keywords = base.keywords + keywords
        merged.allowlists = base.allowlists + allowlists
        return merged
    }

    // MARK: - Conversion

    /// Matches the first byte of a file: how a rule with a `path` and no `regex` flags the file itself.
    static let wholeFilePattern = #"\A[\s\S]"#

    /// The Ward rule. Patterns were checked when the file was read, so compiling cannot fail here.
    func makeRule() -> SecretRule {
        let pattern = regex.map(GitleaksRegex.translate) ?? Self.wholeFilePattern
        let captures = regex == nil ? 0 : ((try? PCRE2Regex(pattern))?.captureCount ?? 0)
        var rule = SecretRule(
            id: Self.wardId(id), title: Self.title(description, id: id),
            summary: description.flatMap { $0.isEmpty ? nil : $0 } ?? "Imported from the gitleaks rule '\(id)'.",
            severity: Self.severity(tags: tags), remediation: Self.remediation, tags: tags,
            keywords: regex == nil ? [] : keywords, pattern: pattern,
            secretGroup: secretGroup ?? min(captures, 1),
            // gitleaks keeps a secret only when its entropy exceeds the minimum; Ward when it reaches it.
            entropy: entropy.map(\.nextUp),
            window: regex.map(GitleaksRegex.spansLines) == true ? .wholeFile : .lines(3),
            priority: id.lowercased().contains("generic") ? 0 : 10, triggering: [])
        rule.allowlists = allowlists
        // Outside the paths the rule's `path` selects, everything the rule finds is allowed.
        if let path, let outside = try? PCRE2Regex(Self.outsidePattern(path)) {
            rule.allowlists.append(SecretAllowlist(description: "outside the rule's gitleaks `path`", paths: [.regex(outside)]))
        }
        return rule
    }

    /// Matches a path where `path` (a gitleaks regex) finds no match; `\E` ends a `\Q` left open.
    static func outsidePattern(_ path: String) -> String {
        #"\A(?![\s\S]*?(?:"# + GitleaksRegex.translate(path) + #"\E))"#
    }

    /// gitleaks' id when it is valid kebab-case, else lowercased with other characters turned into `-`.
    static func wardId(_ id: String) -> String {
        if RuleDescription.isValidIdentifier(id) { return id }
        var result = ""
        for character in id.lowercased() {
            let keep = character.isASCII && (character.isLetter || character.isNumber)
            if keep { result.append(character) } else if !result.isEmpty, result.last != "-" { result.append("-") }
        }
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? "gitleaks-rule" : result
    }

    /// The description's first clause ("Uncovered a GitHub Personal Access Token"), or the id.
    static func title(_ description: String?, id: String) -> String {
        guard let description, !description.isEmpty else { return "gitleaks rule \(id)" }
        let end = [description.firstRange(of: ", "), description.firstRange(of: ". ")].compactMap { $0?.lowerBound }.min()
        var title = String(end.map { description[..<$0] } ?? description[...])
        if title.hasSuffix(".") { title.removeLast() }
        return title
    }

    /// gitleaks has no severity: `.high`, unless a tag names one (`critical`, `low`, `severity:medium`…).
    static func severity(tags: [String]) -> Severity {
        let named = tags.compactMap { tag -> Severity? in
            var name = Substring(tag.lowercased())
            if name.hasPrefix("severity") { name = name.dropFirst("severity".count).drop { ":=-_ ".contains($0) } }
            return Severity(parsing: String(name))
        }
        return named.max() ?? .high
    }

    static let remediation = "Treat the credential as exposed: revoke or rotate it where it was issued, because deleting "
        + "the line leaves it in history and in every clone. Then supply it at run time from a secret manager or "
        + "protected CI variables instead of committing it."
}

extension GitleaksFields {
    private static let regexTargets: [String: SecretAllowlist.Target] = ["": .secret, "secret": .secret, "match": .match, "line": .line]

    /// The allowlist in this table: `condition`, `regexTarget`, `regexes`, `paths`, `stopwords`, `commits`.
    func allowlist() throws(InputError) -> SecretAllowlist {
        let condition = try string("condition") ?? "OR"
        guard let requiresAll = ["": false, "OR": false, "||": false, "AND": true, "&&": true][condition.uppercased()] else {
            throw error("condition", "unknown `condition` '\(condition)' (expected \"OR\" or \"AND\")")
        }
        let targetName = try string("regexTarget") ?? "secret"
        guard let target = Self.regexTargets[targetName] else {
            throw error("regexTarget", "unknown `regexTarget` '\(targetName)' (expected \"secret\", \"match\" or \"line\")")
        }
        var regexes: [PCRE2Regex] = []
        for pattern in try strings("regexes") { regexes.append(try regex(pattern, key: "regexes")) }
        var paths: [SecretAllowlist.PathMatcher] = []
        for pattern in try strings("paths") { paths.append(.regex(try regex(pattern, key: "paths"))) }
        let allowlist = SecretAllowlist(
            description: try string("description"), paths: paths, regexes: regexes, regexTarget: target,
            stopwords: try strings("stopwords"), commits: Set(try strings("commits")), requiresAll: requiresAll)
        if allowlist.isEmpty { throw error(nil, "an allowlist needs at least one of `commits`, `paths`, `regexes` or `stopwords`") }
        return allowlist
    }

    /// Compiles a gitleaks (Go RE2) pattern, or what Ward made of it; a rejected one is an error on
    /// the line that holds the pattern.
    func regex(_ pattern: String, key: String, compiling expression: String? = nil) throws(InputError) -> PCRE2Regex {
        do throws(PatternError) {
            return try PCRE2Regex(expression ?? GitleaksRegex.translate(pattern))
        } catch {
            let line = source.line(containing: pattern, in: section) ?? self.line(ofKey: key)
            throw InputError(path: path, line: line, "\(context): `\(key)` \(error)")
        }
    }
}

/// Rewrites the few Go RE2 constructs that PCRE2, matching bytes, reads differently.
enum GitleaksRegex {
    /// RE2's `\v` is a vertical tab (PCRE2's is a class), `{,` is literal text, and a character beyond
    /// ASCII (written as is, or as `\x{…}` / `\xHH`) is its UTF-8 bytes, grouped so that a quantifier
    /// applies to all of them. Inside `[...]` such characters are left as they are.
    static func translate(_ pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inClass = false
        var classStart = 0
        var index = 0
        func emit(_ text: String) { out.append(contentsOf: text.unicodeScalars) }
        func copy(to end: Int) {
            out.append(contentsOf: scalars[index..<end])
            index = end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "\\", let next {
                if next == "Q" {
                    copy(to: find(["\\", "E"], in: scalars, from: index + 2).map { $0 + 2 } ?? scalars.count)
                } else if next == "v" {
                    emit("\\x0B")
                    index += 2
                } else if next == "x", !inClass, let (value, length) = hexEscape(scalars, at: index + 2), value >= 0x80,
                          let character = Unicode.Scalar(value) {
                    emit(utf8Group(character))
                    index += 2 + length
                } else {
                    copy(to: index + 2)
                }
                continue
            }
            if inClass {
                if scalar == "[", next == ":", let close = find([":", "]"], in: scalars, from: index + 2) {
                    copy(to: close + 2)
                    continue
                }
                if scalar == "]", index > classStart { inClass = false }
            } else if scalar == "[" {
                inClass = true
                classStart = index + (next == "^" ? 2 : 1)
            } else if scalar == "{", next == "," {
                emit("\\{")
                index += 1
                continue
            } else if !scalar.isASCII {
                emit(utf8Group(scalar))
                index += 1
                continue
            }
            copy(to: index + 1)
        }
        return String(out)
    }

    /// Whether a match may run over several lines (`[\s\S]`, `(?s)`, `\n`, `(?:.|\s)`), so that it must
    /// be confirmed on the whole file rather than on the lines around a hit.
    static func spansLines(_ pattern: String) -> Bool {
        let markers = ["[\\s\\S", "[\\S\\s", "[\\w\\W", "[\\d\\D", "\\n", "\\r", ".|\\s", "\\s|."]
        if markers.contains(where: { pattern.contains($0) }) { return true }
        var rest = pattern[...]
        while let open = rest.firstRange(of: "(?") {
            let flags = rest[open.upperBound...].prefix { $0.isLetter || $0 == "-" }
            if flags.prefix { $0 != "-" }.contains("s") { return true }
            rest = rest[open.upperBound...]
        }
        return false
    }

    private static func find(_ pair: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count - 1 else { return nil }
        return (start..<scalars.count - 1).first { scalars[$0] == pair[0] && scalars[$0 + 1] == pair[1] }
    }

    /// The code point of `\x{…}` or `\xHH` whose hex digits start at `start`, and how many characters it spans.
    private static func hexEscape(_ scalars: [Unicode.Scalar], at start: Int) -> (UInt32, Int)? {
        let braced = start < scalars.count && scalars[start] == "{"
        let digitsStart = braced ? start + 1 : start
        let digitsEnd = braced ? (scalars[digitsStart...].firstIndex(of: "}") ?? scalars.count) : min(start + 2, scalars.count)
        guard digitsEnd > digitsStart, digitsEnd - digitsStart <= 8, !braced || digitsEnd < scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[digitsStart..<digitsEnd])), radix: 16)
        else { return nil }
        return (value, digitsEnd - start + (braced ? 1 : 0))
    }

    private static func utf8Group(_ scalar: Unicode.Scalar) -> String {
        "(?:" + String(scalar).utf8.map { "\\x" + String($0, radix: 16, uppercase: true) }.joined() + ")"
    }
}
