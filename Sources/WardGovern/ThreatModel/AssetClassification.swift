/// How sensitive a data asset is; the order runs from `public` to `credentials`.
public enum AssetClassification: String, Codable, Sendable, CaseIterable, Comparable {
    case `public`
    case `internal`
    case confidential
    case personal
    case financial
    case credentials

    /// Personal, financial and credential data: what most disclosure rules care about.
    public var isSensitive: Bool { self >= .personal }

    private var rank: Int {
        switch self {
        case .public: 0
        case .internal: 1
        case .confidential: 2
        case .personal: 3
        case .financial: 4
        case .credentials: 5
        }
    }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
