import Foundation

/// A lightweight threat model: data assets, components, the flows between them and trust boundaries.
///
/// Built by `ThreatModelParser` from `threatmodel.yml`; every id it references has been checked.
public struct ThreatModel: Sendable, Hashable {
    public var title: String
    public var version: String
    /// When the model was last reviewed, from its optional `reviewed: YYYY-MM-DD` key (midnight UTC).
    public var reviewed: Date?
    /// The model file, as given to the parser; threats and findings point into it.
    public var path: String
    public var assets: [DataAsset]
    public var components: [ModelComponent]
    public var flows: [DataFlow]
    public var boundaries: [TrustBoundary]

    private var assetIndex: [String: Int]
    private var componentIndex: [String: Int]
    /// Component id → ids of the boundaries it belongs to.
    private var membership: [String: Set<String>]
    /// Component id → indices of the flows leaving / entering it.
    private var outgoing: [String: [Int]]
    private var incoming: [String: [Int]]

    public init(
        title: String, version: String = "", reviewed: Date? = nil, path: String = "threatmodel.yml", assets: [DataAsset] = [],
        components: [ModelComponent] = [], flows: [DataFlow] = [], boundaries: [TrustBoundary] = []
    ) {
        self.title = title
        self.version = version
        self.reviewed = reviewed
        self.path = path
        self.assets = assets
        self.components = components
        self.flows = flows
        self.boundaries = boundaries
        assetIndex = Dictionary(assets.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        componentIndex = Dictionary(components.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var membership: [String: Set<String>] = [:]
        for boundary in boundaries {
            for member in boundary.members { membership[member, default: []].insert(boundary.id) }
        }
        self.membership = membership
        var outgoing: [String: [Int]] = [:]
        var incoming: [String: [Int]] = [:]
        for (index, flow) in flows.enumerated() {
            outgoing[flow.from, default: []].append(index)
            incoming[flow.to, default: []].append(index)
        }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    public func component(_ id: String) -> ModelComponent? { componentIndex[id].map { components[$0] } }

    public func asset(_ id: String) -> DataAsset? { assetIndex[id].map { assets[$0] } }

    /// Ids of the boundaries `componentId` sits in.
    public func boundaries(of componentId: String) -> Set<String> { membership[componentId] ?? [] }

    /// True when the flow's ends sit in different zones, or the model says it crosses a boundary.
    public func crossesBoundary(_ flow: DataFlow) -> Bool {
        !flow.crosses.isEmpty || boundaries(of: flow.from) != boundaries(of: flow.to)
    }

    /// The data assets a flow carries.
    public func carried(by flow: DataFlow) -> [DataAsset] { flow.carries.compactMap(asset) }

    /// The data assets a component stores.
    public func stored(in component: ModelComponent) -> [DataAsset] { component.stores.compactMap(asset) }

    /// The most sensitive classification a flow carries, nil when it carries nothing.
    public func highestClassification(of flow: DataFlow) -> AssetClassification? { carried(by: flow).map(\.classification).max() }

    public func flows(from componentId: String) -> [DataFlow] { (outgoing[componentId] ?? []).map { flows[$0] } }

    public func flows(to componentId: String) -> [DataFlow] { (incoming[componentId] ?? []).map { flows[$0] } }

    /// The components at the two ends of a flow; nil when either is missing (never after parsing).
    public func ends(of flow: DataFlow) -> (from: ModelComponent, to: ModelComponent)? {
        guard let from = component(flow.from), let to = component(flow.to) else { return nil }
        return (from, to)
    }
}
