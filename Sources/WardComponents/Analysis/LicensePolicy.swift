import WardCore

/// Judges a component's declared or detected licenses against `components.licenses`.
public struct LicensePolicy: Sendable {
    /// What the policy says about one component.
    public enum Verdict: Sendable, Hashable {
        case acceptable
        /// Every way to take the license involves one of these denied ids.
        case denied([String])
        /// An allow list exists and these licenses are not on it.
        case unlisted([String])
        /// The component carries no license and `report-unknown` is on.
        case unknown
    }

    let allow: Set<String>
    let deny: Set<String>
    let reportUnknown: Bool

    public init(_ settings: LicensePolicySettings) {
        allow = Set(settings.allow.map { $0.lowercased() })
        deny = Set(settings.deny.map { $0.lowercased() })
        reportUnknown = settings.reportUnknown
    }

    /// Whether the policy can say anything at all.
    public var isEmpty: Bool { allow.isEmpty && deny.isEmpty && !reportUnknown }

    /// The verdict for a component's license expressions (`MIT`, `MIT OR Apache-2.0`, `GPL-2.0-only WITH Classpath-exception-2.0`).
    public func verdict(for licenses: [String]) -> Verdict {
        let expressions = licenses.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        if expressions.isEmpty { return reportUnknown ? .unknown : .acceptable }
        var denied: [String] = []
        var unlisted: [String] = []
        for expression in expressions {
            let alternatives = Self.alternatives(expression)
            if !deny.isEmpty, alternatives.allSatisfy({ $0.contains { deny.contains($0.lowercased()) } }) {
                denied += alternatives.flatMap { $0.filter { deny.contains($0.lowercased()) } }
            } else if !allow.isEmpty, !alternatives.contains(where: { $0.allSatisfy { allow.contains($0.lowercased()) } }) {
                unlisted.append(expression)
            }
        }
        if !denied.isEmpty { return .denied(Array(Set(denied)).sorted()) }
        if !unlisted.isEmpty { return .unlisted(unlisted) }
        return .acceptable
    }

    /// The ways to take an SPDX expression: `OR` separates alternatives, each a set of license ids
    /// that all apply (`AND`); exceptions after `WITH` are not licenses and are left out.
    static func alternatives(_ expression: String) -> [[String]] {
        let cleaned = expression.replacingOccurrences(of: "(", with: " ").replacingOccurrences(of: ")", with: " ")
        var result: [[String]] = [[]]
        var afterWith = false
        for token in cleaned.split(separator: " ").map(String.init) {
            switch token.uppercased() {
            case "OR": result.append([])
            case "AND": continue
            case "WITH": afterWith = true; continue
            default:
                if afterWith { afterWith = false; continue }
                result[result.count - 1].append(token)
            }
        }
        return result.filter { !$0.isEmpty }
    }
}
