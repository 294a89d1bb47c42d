import WardCore

/// The built-in code rule packs, one line per pack, sorted.
public enum CodeRules {
    /// Each pack's YAML and the path its errors are reported under.
    public static let packs: [(path: String, yaml: String)] = [
        ("builtin/go.yml", GoPack.yaml),
        ("builtin/java.yml", JavaPack.yaml),
        ("builtin/javascript.yml", JavaScriptPack.yaml),
        ("builtin/kotlin.yml", KotlinPack.yaml),
        ("builtin/objective-c.yml", ObjectiveCPack.yaml),
        ("builtin/python.yml", PythonPack.yaml),
        ("builtin/swift.yml", SwiftPack.yaml),
    ]

    /// Every built-in pattern rule. The packs are tested, so a parse failure here is a build defect.
    public static let builtIn: [PatternRule] = {
        do {
            return try load(packs)
        } catch {
            fatalError("built-in code rules are invalid: \(error)")
        }
    }()

    /// Parses packs and rejects an id defined twice across them.
    public static func load(_ packs: [(path: String, yaml: String)]) throws(InputError) -> [PatternRule] {
        var rules: [PatternRule] = []
        var origins: [String: String] = [:]
        for pack in packs {
            for rule in try PatternRuleParser.parse(yaml: pack.yaml, path: pack.path) {
                if let first = origins[rule.id] { throw InputError(path: pack.path, "duplicate code rule id '\(rule.id)' (also in \(first))") }
                origins[rule.id] = pack.path
                rules.append(rule)
            }
        }
        return rules
    }
}
