/// A zone whose members trust each other more than anything outside it (a network, a device, a vendor).
public struct TrustBoundary: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    /// Ids of the components inside the boundary.
    public var members: [String]
    /// 1-based line of the boundary in the model file.
    public var line: Int

    public init(id: String, name: String? = nil, members: [String], line: Int = 0) {
        self.id = id
        self.name = name ?? id
        self.members = members
        self.line = line
    }
}
