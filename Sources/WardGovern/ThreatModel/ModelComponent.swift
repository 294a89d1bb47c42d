/// A process, data store or external entity of the modelled system, with its security attributes.
public struct ModelComponent: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var type: ModelComponentType
    public var internetFacing: Bool
    /// Who it authenticates (`users`, `services`); empty when it authenticates nobody.
    public var authenticates: [String]
    public var authorizes: Bool
    public var validatesInput: Bool
    public var encryptsAtRest: Bool
    public var logsSecurityEvents: Bool
    /// Runs as root or with other elevated privileges.
    public var privileged: Bool
    public var thirdParty: Bool
    /// Limits request rates (or sits behind something that does).
    public var rateLimited: Bool
    /// Ids of the data assets it stores.
    public var stores: [String]
    /// 1-based line of the component in the model file.
    public var line: Int

    public init(
        id: String, name: String? = nil, type: ModelComponentType, internetFacing: Bool = false, authenticates: [String] = [],
        authorizes: Bool = false, validatesInput: Bool = false, encryptsAtRest: Bool = false,
        logsSecurityEvents: Bool = false, privileged: Bool = false, thirdParty: Bool = false, rateLimited: Bool = false,
        stores: [String] = [], line: Int = 0
    ) {
        self.id = id
        self.name = name ?? id
        self.type = type
        self.internetFacing = internetFacing
        self.authenticates = authenticates
        self.authorizes = authorizes
        self.validatesInput = validatesInput
        self.encryptsAtRest = encryptsAtRest
        self.logsSecurityEvents = logsSecurityEvents
        self.privileged = privileged
        self.thirdParty = thirdParty
        self.rateLimited = rateLimited
        self.stores = stores
        self.line = line
    }

    public var isProcess: Bool { type == .process }
    public var isDataStore: Bool { type == .dataStore }
    public var isExternal: Bool { type == .externalEntity }
    public var isAuthenticating: Bool { !authenticates.isEmpty }
}
