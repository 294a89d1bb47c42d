/// The three data-flow-diagram element kinds that STRIDE-per-element reasons about.
public enum ModelComponentType: String, Codable, Sendable, CaseIterable {
    case process
    case dataStore = "data-store"
    case externalEntity = "external-entity"
}
