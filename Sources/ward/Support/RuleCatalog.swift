import WardCode
import WardConfig
import WardCore
import WardSecrets

/// Every rule Ward runs, from every registry: secrets, code (patterns and Swift syntax trees) and
/// configuration checks, plus the project's own secret and code rules from `ward.yml`.
struct RuleCatalog {
    enum Group: String, CaseIterable {
        case secret
        case code
        case config

        var title: String {
            switch self {
            case .secret: "Secret and sensitive-data rules"
            case .code: "Code rules (static analysis)"
            case .config: "Configuration checks"
            }
        }

        /// The generated reference in docs/rules/.
        var documentName: String {
            switch self {
            case .secret: "secrets.md"
            case .code: "code.md"
            case .config: "configuration.md"
            }
        }
    }

    struct Entry {
        var group: Group
        var description: RuleDescription
        /// What the rule applies to: languages for code rules, file types for configuration checks.
        var scope: [String]
        /// Present for secret rules, which explain their keywords and entropy.
        var secretRule: SecretRule?

        var id: String { description.id }
    }

    var entries: [Entry]

    /// Built-in rules plus the custom rules of `ward.yml` (from --config, or the current directory).
    static func load(config: String?) throws(InputError) -> RuleCatalog {
        let configuration: ProjectConfiguration
        if let config {
            configuration = try ProjectConfiguration.load(path: config)
        } else {
            configuration = try ProjectConfiguration.find(in: ".")
        }
        return try load(configuration: configuration)
    }

    /// The rules of `configuration`; a default configuration gives the built-in rules alone.
    static func load(configuration: ProjectConfiguration) throws(InputError) -> RuleCatalog {
        let secrets = try SecretRuleSelection(settings: configuration.secrets, configuration: configuration).rules
        var code = CodeRules.builtIn
        for directory in configuration.code.ruleDirectories { code += try CodeRules.load(directory: directory) }
        if let inline = configuration.code.rules {
            code += try PatternRuleParser.parse(rules: inline, path: configuration.path ?? ProjectConfiguration.fileName)
        }
        var entries = secrets.map { Entry(group: .secret, description: $0.description, scope: $0.paths.map(\.glob.pattern), secretRule: $0) }
        entries += code.map { Entry(group: .code, description: $0.description, scope: $0.languages.map(\.rawValue), secretRule: nil) }
        entries += SwiftSyntaxRules.builtIn.map { Entry(group: .code, description: type(of: $0).description, scope: ["swift (syntax tree)"], secretRule: nil) }
        entries += ConfigRules.builtIn.map { Entry(group: .config, description: $0.description, scope: [Self.fileType(of: $0.description.id)], secretRule: nil) }
        return RuleCatalog(entries: entries.sorted { ($0.group.rawValue, $0.id) < ($1.group.rawValue, $1.id) })
    }

    /// Configuration check ids start with the kind of file they read (`docker-`, `k8s-`, `gha-`, …).
    static func fileType(of id: String) -> String {
        let prefixes = [
            ("docker-", "Dockerfile"), ("k8s-", "Kubernetes"), ("gha-", "GitHub Actions"), ("gitlab-", "GitLab CI"),
            ("tf-", "Terraform"), ("ios-", "iOS"), ("android-", "Android"),
        ]
        return prefixes.first { id.hasPrefix($0.0) }?.1 ?? "configuration"
    }

    func group(_ group: Group) -> [Entry] { entries.filter { $0.group == group } }

    func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }
}
