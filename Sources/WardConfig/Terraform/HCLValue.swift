/// An attribute value; expressions are kept as source text, never evaluated.
public indirect enum HCLValue: Sendable {
    /// A quoted string or heredoc (interpolations kept as written) and the line it starts on.
    case string(String, line: Int)
    case number(String)
    case bool(Bool)
    case null
    case list([HCLValue])
    case object([HCLAttribute])
    /// A function call such as `jsonencode({...})`.
    case call(String, [HCLValue])
    /// References, operators, conditionals and `for` expressions, as text.
    case expression(String)

    public var string: String? { if case .string(let text, _) = self { text } else { nil } }

    /// True for `true` and for the string "true" (both are accepted by providers).
    public var isTrue: Bool {
        switch self {
        case .bool(let value): value
        case .string(let text, _): text == "true"
        default: false
        }
    }

    public var isFalse: Bool {
        switch self {
        case .bool(let value): !value
        case .string(let text, _): text == "false"
        default: false
        }
    }

    public var elements: [HCLValue] { if case .list(let items) = self { items } else { [] } }

    public var entries: [HCLAttribute] { if case .object(let items) = self { items } else { [] } }

    public func entry(_ key: String) -> HCLAttribute? { entries.first { $0.name == key } }

    /// The value itself and, for a list, its items: Terraform and IAM accept both `"*"` and `["*"]`.
    public var flattened: [HCLValue] { if case .list(let items) = self { items } else { [self] } }
}
