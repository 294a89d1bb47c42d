/// One event of an OSV range: `{"introduced": v}`, `{"fixed": v}`, `{"last_affected": v}` or `{"limit": v}`.
public enum OSVEvent: Codable, Sendable, Hashable {
    case introduced(String)
    case fixed(String)
    case lastAffected(String)
    case limit(String)

    private enum Key: String, CodingKey {
        case introduced
        case fixed
        case lastAffected = "last_affected"
        case limit
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if let version = try container.decodeIfPresent(String.self, forKey: .introduced) {
            self = .introduced(version)
        } else if let version = try container.decodeIfPresent(String.self, forKey: .fixed) {
            self = .fixed(version)
        } else if let version = try container.decodeIfPresent(String.self, forKey: .lastAffected) {
            self = .lastAffected(version)
        } else if let version = try container.decodeIfPresent(String.self, forKey: .limit) {
            self = .limit(version)
        } else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "an event needs one of introduced, fixed, last_affected or limit"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case let .introduced(version): try container.encode(version, forKey: .introduced)
        case let .fixed(version): try container.encode(version, forKey: .fixed)
        case let .lastAffected(version): try container.encode(version, forKey: .lastAffected)
        case let .limit(version): try container.encode(version, forKey: .limit)
        }
    }

    /// The version the event names.
    public var version: String {
        switch self {
        case let .introduced(version), let .fixed(version), let .lastAffected(version), let .limit(version): version
        }
    }
}
