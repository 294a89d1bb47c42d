import WardCore

/// Counts shared by the report formats.
struct ThreatModelSummary {
    let model: ThreatModel
    let threats: [Threat]

    /// Threat counts by severity, most severe first, omitting zeros, e.g. `1 critical, 2 high`.
    var severityCounts: String {
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = threats.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    var counts: String {
        "\(model.components.count) components, \(model.flows.count) flows, \(model.boundaries.count) trust boundaries, \(threats.count) threats"
    }

    /// Ids of every element named by at least one threat.
    var threatenedIds: Set<String> { Set(threats.flatMap { $0.affected.map(\.id) }) }

    /// The elements of a threat as `kind id (line n)`, for tables.
    static func elements(of threat: Threat) -> String {
        threat.affected.map { "\($0.kind.rawValue) \($0.id)" + ($0.kind == .model ? "" : " (line \($0.line))") }.joined(separator: ", ")
    }
}
