import Foundation
import Hummingbird
import NIOCore
import WardStore

/// Per-request state: who is asking (set by `AuthenticationMiddleware`) and from where.
public struct WardRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: Identity?
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Uploads are streamed and bounded by the server's configuration, not by this limit on decoded JSON bodies.
    public var maxUploadSize: Int { 1 << 20 }

    public var requestDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    public var responseEncoder: JSONEncoder { APIJSON.encoder }

    /// The identity, or 401 when the request carries none.
    public func requireIdentity() throws -> Identity {
        guard let identity else { throw APIError(.unauthorized, "sign in, or send 'Authorization: Bearer <token>'") }
        return identity
    }
}

/// Who is making a request: a user, through a session or an API token.
public struct Identity: Sendable {
    public var user: UserRecord
    /// Present when the request authenticated with an API token.
    public var token: TokenRecord?
    /// Present for browser sessions: the token every form must echo.
    public var csrf: String?
    public var sessionID: String?

    /// A token never has more rights than its user; it may have fewer.
    public var role: Role { token.map { min($0.role, user.role) } ?? user.role }

    public var visibility: Visibility {
        Visibility(allProjects: role.seesAllProjects, teamIDs: user.teams.map(\.id), projectKeys: token?.projects)
    }

    public var actor: Actor {
        Actor(name: token.map { "\(user.name) (token \($0.name))" } ?? user.name, role: role, userID: user.id)
    }
}

enum APIJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
