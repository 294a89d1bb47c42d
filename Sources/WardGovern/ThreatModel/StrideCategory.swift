/// The six STRIDE threat categories.
public enum StrideCategory: String, Codable, Sendable, CaseIterable, Comparable {
    case spoofing
    case tampering
    case repudiation
    case informationDisclosure = "information-disclosure"
    case denialOfService = "denial-of-service"
    case elevationOfPrivilege = "elevation-of-privilege"

    /// The category's letter in STRIDE.
    public var letter: String {
        switch self {
        case .spoofing: "S"
        case .tampering: "T"
        case .repudiation: "R"
        case .informationDisclosure: "I"
        case .denialOfService: "D"
        case .elevationOfPrivilege: "E"
        }
    }

    public var title: String {
        switch self {
        case .spoofing: "Spoofing"
        case .tampering: "Tampering"
        case .repudiation: "Repudiation"
        case .informationDisclosure: "Information disclosure"
        case .denialOfService: "Denial of service"
        case .elevationOfPrivilege: "Elevation of privilege"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
