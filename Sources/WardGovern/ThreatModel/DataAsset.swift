/// A piece of data the system handles, such as card numbers or session tokens.
public struct DataAsset: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var classification: AssetClassification
    /// 1-based line of the asset in the model file.
    public var line: Int

    public init(id: String, name: String, classification: AssetClassification, line: Int = 0) {
        self.id = id
        self.name = name
        self.classification = classification
        self.line = line
    }
}
