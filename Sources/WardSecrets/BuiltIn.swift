/// The registry of built-in secret and sensitive-data rules, one family (one file) per line, sorted.
public enum SecretRules {
    public static let families: [(name: String, rules: [SecretRule])] = [
        ("AWS", aws),
        ("Generic", generic),
        ("PrivateKeys", privateKeys),
    ]

    /// Every built-in rule.
    public static let builtIn: [SecretRule] = families.flatMap(\.rules)
}
