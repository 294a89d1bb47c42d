/// One element of a threat model that a threat is about, with where it is written.
public struct ModelElementReference: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case asset
        case component
        case flow
        case boundary
        case model
    }

    public var kind: Kind
    public var id: String
    public var line: Int

    public init(kind: Kind, id: String, line: Int) {
        self.kind = kind
        self.id = id
        self.line = line
    }

    public static func component(_ component: ModelComponent) -> Self { Self(kind: .component, id: component.id, line: component.line) }
    public static func flow(_ flow: DataFlow) -> Self { Self(kind: .flow, id: flow.id, line: flow.line) }
    public static func boundary(_ boundary: TrustBoundary) -> Self { Self(kind: .boundary, id: boundary.id, line: boundary.line) }
}
