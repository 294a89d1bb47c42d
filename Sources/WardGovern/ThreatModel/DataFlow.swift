/// Data moving from one component to another over a protocol.
public struct DataFlow: Codable, Sendable, Hashable {
    public var id: String
    public var from: String
    public var to: String
    /// Lowercased protocol name, e.g. `https`, `http`, `grpc`, `sql`.
    public var transport: String
    public var authentication: FlowAuthentication
    /// Explicit in the model, or derived from the protocol when absent.
    public var encrypted: Bool
    /// Ids of the data assets it carries.
    public var carries: [String]
    /// Ids of the trust boundaries the model says it crosses (crossings are also derived from membership).
    public var crosses: [String]
    /// 1-based line of the flow in the model file.
    public var line: Int

    public init(
        id: String, from: String, to: String, transport: String, authentication: FlowAuthentication = .none,
        encrypted: Bool? = nil, carries: [String] = [], crosses: [String] = [], line: Int = 0
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.transport = transport.lowercased()
        self.authentication = authentication
        self.encrypted = encrypted ?? Self.isEncrypted(transport: transport)
        self.carries = carries
        self.crosses = crosses
        self.line = line
    }

    /// Protocols that are encrypted by definition; anything else counts as plaintext unless the model says otherwise.
    public static let encryptedTransports: Set<String> = [
        "https", "tls", "mtls", "grpcs", "wss", "ssh", "sftp", "amqps", "mqtts", "ldaps", "smtps", "imaps", "ftps",
        "ipsec", "wireguard", "h2", "http2-tls", "rediss", "postgresql-tls", "sql-tls",
    ]

    public static func isEncrypted(transport: String) -> Bool {
        encryptedTransports.contains(transport.lowercased())
    }
}
