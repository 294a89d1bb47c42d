/// `name = value`, also an object entry `key = value` / `"key": value`.
public struct HCLAttribute: Sendable {
    public var name: String
    public var line: Int
    public var column: Int
    public var value: HCLValue
}
