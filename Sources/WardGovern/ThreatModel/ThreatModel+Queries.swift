extension ThreatModel {
    public var processes: [ModelComponent] { components.filter(\.isProcess) }
    public var dataStores: [ModelComponent] { components.filter(\.isDataStore) }
    public var externalEntities: [ModelComponent] { components.filter(\.isExternal) }

    /// The data assets of `component` at or above personal: what disclosure rules protect.
    public func sensitiveAssets(storedIn component: ModelComponent) -> [DataAsset] {
        stored(in: component).filter(\.classification.isSensitive)
    }

    /// Names of the carried assets with `classification` or above, comma-separated, for messages.
    func carriedNames(_ flow: DataFlow, atLeast classification: AssetClassification) -> String {
        carried(by: flow).filter { $0.classification >= classification }.map(\.name).joined(separator: ", ")
    }

    /// Every flow with its two ends, skipping none after validation.
    var flowEnds: [(flow: DataFlow, from: ModelComponent, to: ModelComponent)] {
        flows.compactMap { flow in ends(of: flow).map { (flow, $0.from, $0.to) } }
    }
}
