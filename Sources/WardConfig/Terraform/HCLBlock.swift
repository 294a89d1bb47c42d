/// `type "label" … { body }`.
public struct HCLBlock: Sendable {
    public var type: String
    public var labels: [String]
    public var line: Int
    public var column: Int
    public var body: HCLBody
}
