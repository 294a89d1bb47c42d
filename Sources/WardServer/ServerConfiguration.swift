import Foundation
import WardStore

/// How `ward serve` runs: where it listens, where it stores, and how it presents itself.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var database: StoreLocation
    /// The URL users reach the server at, for links printed by `ward scan --upload`; defaults to http://host:port.
    public var publicURL: String?
    /// Whether the server is behind TLS (set when `publicURL` is https): session cookies get `Secure`.
    public var secureCookies: Bool
    /// Largest upload accepted, in bytes.
    public var maxUploadBytes: Int
    /// Imports parsed and written at once; more wait in line (see ImportLimiter).
    public var maxConcurrentImports: Int
    /// bcrypt work factor for new passwords (12 in production; tests lower it).
    public var bcryptCost: UInt8
    /// The directory of the organisation's Markdown articles for the knowledge base; nil for none.
    public var knowledgeDirectory: String?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: StoreLocation = .default, publicURL: String? = nil,
        secureCookies: Bool? = nil, maxUploadBytes: Int = 512 << 20, bcryptCost: UInt8 = 12,
        maxConcurrentImports: Int = 2, knowledgeDirectory: String? = nil
    ) {
        self.knowledgeDirectory = knowledgeDirectory
        self.maxConcurrentImports = maxConcurrentImports
        self.bcryptCost = bcryptCost
        self.host = host
        self.port = port
        self.database = database
        self.publicURL = publicURL
        self.secureCookies = secureCookies ?? (publicURL?.hasPrefix("https://") ?? false)
        self.maxUploadBytes = maxUploadBytes
    }

    /// The base URL for links.
    public var baseURL: String { publicURL ?? "http://\(host):\(port)" }
}
