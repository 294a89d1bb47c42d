/// A STRIDE-per-element check over a whole threat model.
public protocol ThreatRule: Sendable {
    static var description: ThreatRuleDescription { get }
    init()
    /// Every place in `model` where the threat applies.
    func hits(in model: ThreatModel) -> [ThreatHit]
}

extension ThreatRule {
    public var description: ThreatRuleDescription { Self.description }
}

/// One occurrence of a rule's threat: the elements involved (the first is the one reported) and why.
public struct ThreatHit: Sendable, Hashable {
    public var affected: [ModelElementReference]
    public var message: String

    public init(affected: [ModelElementReference], message: String) {
        self.affected = affected
        self.message = message
    }
}
