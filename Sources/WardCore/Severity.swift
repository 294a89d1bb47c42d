/// How bad a finding is, ordered from `info` to `critical`.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case info
    case low
    case medium
    case high
    case critical

    /// Parses a severity name case-insensitively; accepts the common synonyms other tools use.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "info", "informational", "note", "none": self = .info
        case "low", "minor": self = .low
        case "medium", "moderate", "warning": self = .medium
        case "high", "major", "error": self = .high
        case "critical", "blocker": self = .critical
        default: return nil
        }
    }

    public var rank: Int {
        switch self {
        case .info: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var description: String { rawValue }
}

/// How sure the rule is that a match is a true positive.
public enum Confidence: String, Codable, Sendable, CaseIterable, Comparable {
    case low
    case medium
    case high

    private var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
}

/// What family of problem a finding belongs to; also the unit of "kinds scanned" in a scan's scope.
public enum FindingKind: String, Codable, Sendable, CaseIterable {
    case secret
    case code
    case dependency
    case configuration
    case container
    case dynamic
    case design
}
