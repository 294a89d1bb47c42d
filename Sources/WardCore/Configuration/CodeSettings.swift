import Yams

/// `code:` — static analysis with pattern rules (and, for Swift, syntax-tree rules).
///
/// ```yaml
/// code:
///   rules-dirs: [security/rules]     # YAML files with a top-level `rules:` list
///   disable: [python-flask-debug]
///   rules:                           # inline rules, same language (docs/rule-language.md)
///     - id: acme-no-legacy-crypto
///       …
/// ```
public struct CodeSettings: Sendable, Equatable {
    public var enabled = true
    /// Folders of rule files, relative to the configuration file.
    public var ruleDirectories: [String] = []
    /// Inline rules, kept as the YAML node so that errors point at lines of ward.yml.
    public var rules: Node? {
        get { inlineRules?.node }
        set { inlineRules = newValue.map(YAMLNodeBox.init) }
    }
    private var inlineRules: YAMLNodeBox?
    public var disabledRules: [String] = []

    public init() {}
}

/// A parsed YAML node, which Yams does not mark Sendable: immutable once boxed, so safe to share.
final class YAMLNodeBox: @unchecked Sendable, Equatable {
    let node: Node
    init(_ node: Node) { self.node = node }
    static func == (a: YAMLNodeBox, b: YAMLNodeBox) -> Bool { a.node == b.node }
}

/// `configuration:` — the checks of Dockerfiles, Kubernetes manifests, CI workflows, Terraform and app manifests.
public struct ConfigurationCheckSettings: Sendable, Equatable {
    public var enabled = true
    public var disabledRules: [String] = []

    public init() {}
}

extension NodeReader {
    mutating func readCode(_ node: Node, into settings: inout CodeSettings) throws(InputError) {
        let map = try mapping(node, at: "code")
        try expectKeys(map, ["enabled", "rules-dirs", "rules", "disable"], at: "code")
        if let value = map["enabled"] { settings.enabled = try bool(value, at: "code.enabled") }
        if let value = map["rules-dirs"] { settings.ruleDirectories = try strings(value, at: "code.rules-dirs") }
        if let value = map["disable"] { settings.disabledRules = try strings(value, at: "code.disable") }
        if let value = map["rules"] {
            _ = try list(value, at: "code.rules")
            settings.rules = value
        }
    }

    mutating func readConfigurationChecks(_ node: Node, into settings: inout ConfigurationCheckSettings) throws(InputError) {
        let map = try mapping(node, at: "configuration")
        try expectKeys(map, ["enabled", "disable"], at: "configuration")
        if let value = map["enabled"] { settings.enabled = try bool(value, at: "configuration.enabled") }
        if let value = map["disable"] { settings.disabledRules = try strings(value, at: "configuration.disable") }
    }
}
