/// Something a team must do on a schedule, outside scanning: produce an SBOM, review the threat
/// model, run a penetration test.
public struct RequiredActivity: Sendable, Hashable {
    public enum Cadence: Sendable, Hashable, CustomStringConvertible {
        /// In every release pipeline.
        case eachRelease
        /// At least once within this many days.
        case withinDays(Int)

        public var description: String {
            switch self {
            case .eachRelease: "each release"
            case .withinDays(let days): "every \(days) days"
            }
        }
    }

    /// Kebab-case name, e.g. `sbom`, `threat-model-review`, `dast`, `penetration-test`.
    public var name: String
    public var cadence: Cadence

    public init(name: String, cadence: Cadence) {
        self.name = name
        self.cadence = cadence
    }
}
