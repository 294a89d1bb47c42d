import WardCore

/// Runs STRIDE-per-element rules over a threat model.
public struct ThreatAnalyzer: Sendable {
    public var rules: [any ThreatRule]

    public init(rules: [any ThreatRule] = BuiltInThreatRules.all) {
        self.rules = rules
    }

    /// Every threat in `model`: most severe first, then by STRIDE category, rule id and affected elements.
    public func analyze(_ model: ThreatModel) -> [Threat] {
        var threats: [Threat] = []
        for rule in rules {
            let description = rule.description
            threats += rule.hits(in: model).map { Threat(rule: description, hit: $0) }
        }
        return threats.sorted(by: Self.reportOrder)
    }

    /// The threats of `model` as `design` findings pointing into the model file.
    public func findings(for model: ThreatModel) -> [Finding] {
        analyze(model).map { $0.finding(path: model.path) }
    }

    public static func analyze(_ model: ThreatModel) -> [Threat] { ThreatAnalyzer().analyze(model) }

    static func reportOrder(_ a: Threat, _ b: Threat) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.category != b.category { return a.category < b.category }
        if a.ruleId != b.ruleId { return a.ruleId < b.ruleId }
        return a.affected.map(\.id).lexicographicallyPrecedes(b.affected.map(\.id))
    }
}
