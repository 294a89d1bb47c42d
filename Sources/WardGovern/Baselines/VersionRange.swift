import Foundation

/// A set of versions written as comma-separated constraints that must all hold: `<1.2.83`,
/// `>=2.0,<2.17.1`, `3.3.6` (exactly), `!=1.0`, or `*` for every version.
public struct VersionRange: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case lessThan = "<"
        case lessOrEqual = "<="
        case greaterThan = ">"
        case greaterOrEqual = ">="
        case equal = "="
        case notEqual = "!="
    }

    public struct Constraint: Sendable, Hashable {
        public var op: Operator
        public var version: LooseVersion
    }

    public let constraints: [Constraint]
    public let text: String

    /// Parses the range; nil when a constraint has no version or an unknown operator.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        self.text = trimmed.isEmpty ? "*" : trimmed
        guard !trimmed.isEmpty, trimmed != "*" else {
            constraints = []
            return
        }
        var constraints: [Constraint] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = part.trimmingCharacters(in: .whitespaces)
            let symbol = String(piece.prefix { "<>=!".contains($0) })
            let version = piece.dropFirst(symbol.count).trimmingCharacters(in: .whitespaces)
            guard !version.isEmpty, !version.contains(where: { "<>=! ".contains($0) }) else { return nil }
            guard let op = symbol.isEmpty ? .equal : (symbol == "==" ? .equal : Operator(rawValue: symbol)) else { return nil }
            constraints.append(Constraint(op: op, version: LooseVersion(version)))
        }
        self.constraints = constraints
    }

    public var description: String { text }

    /// Whether `version` is in the range; every version is when there are no constraints.
    public func contains(_ version: LooseVersion) -> Bool {
        constraints.allSatisfy { constraint in
            switch constraint.op {
            case .lessThan: version < constraint.version
            case .lessOrEqual: version <= constraint.version
            case .greaterThan: version > constraint.version
            case .greaterOrEqual: version >= constraint.version
            case .equal: version == constraint.version
            case .notEqual: version != constraint.version
            }
        }
    }
}
