/// A Terraform file's top level: attributes and blocks, each with the line and column it starts at.
public struct HCLBody: Sendable {
    public var attributes: [HCLAttribute] = []
    public var blocks: [HCLBlock] = []

    public func attribute(_ name: String) -> HCLAttribute? { attributes.first { $0.name == name } }
    public func blocks(_ type: String) -> [HCLBlock] { blocks.filter { $0.type == type } }

    /// `resource "<type>" "<name>"` blocks of the given types.
    public func resources(_ types: Set<String>) -> [HCLBlock] {
        blocks.filter { $0.type == "resource" && types.contains($0.labels.first ?? "") }
    }
}
