/// How the receiving end of a flow knows who is sending.
public enum FlowAuthentication: String, Codable, Sendable, CaseIterable {
    case none
    case basic
    case apiKey = "api-key"
    case session
    case token
    case oauth
    case mtls

    /// Weak schemes send a reusable secret on every request.
    public var isWeak: Bool { self == .basic || self == .apiKey }
}
