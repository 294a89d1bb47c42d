import Foundation
import WardCore

/// A `components.banned` or `components.approved` entry made ready to match: the package named by
/// a package URL and, after its `@`, an optional version range such as `<1.2.83` or `>=5.1,<5.4`.
public struct ComponentRuleMatcher: Sendable {
    /// One comparison of a range: `<`, `<=`, `>`, `>=`, `=` or `!=` against a version.
    struct Constraint: Sendable, Hashable {
        enum Operator: String, Sendable, CaseIterable {
            case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", equal = "==", less = "<", greater = ">", exactly = "="
        }

        var op: Operator
        var version: String

        func admits(_ order: ComparisonResult) -> Bool {
            switch op {
            case .less: order == .orderedAscending
            case .lessOrEqual: order != .orderedDescending
            case .greater: order == .orderedDescending
            case .greaterOrEqual: order != .orderedAscending
            case .equal, .exactly: order == .orderedSame
            case .notEqual: order != .orderedSame
            }
        }
    }

    public let rule: ComponentRule
    /// The package, without version.
    public let package: PackageURL
    let constraints: [Constraint]
    let ecosystem: Ecosystem?

    /// Parses the rule's purl; an `InputError` says what is wrong with it.
    public init(_ rule: ComponentRule) throws(InputError) {
        self.rule = rule
        var text = rule.purl.trimmingCharacters(in: .whitespaces)
        var range = ""
        // The version part follows the last `@` that comes after the type (npm scopes are `%40`-encoded or before the name).
        if let at = text.lastIndex(of: "@"), let slash = text.firstIndex(of: "/"), at > slash,
           !text[text.index(after: at)...].contains("/") {
            range = String(text[text.index(after: at)...]).removingPercentEncoding ?? String(text[text.index(after: at)...])
            text = String(text[..<at])
        }
        let parsedPackage: PackageURL
        do {
            parsedPackage = try PackageURL(parsing: text).versionless
        } catch {
            let purl = rule.purl
            throw InputError("components: invalid package URL '\(purl)': \(error.message)")
        }
        package = parsedPackage
        ecosystem = Ecosystem.allCases.first { $0.purlType == parsedPackage.type }
        var parsed: [Constraint] = []
        for part in range.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty && part != "*" {
            let op = Constraint.Operator.allCases.first { part.hasPrefix($0.rawValue) }
            let version = String(part.dropFirst(op?.rawValue.count ?? 0)).trimmingCharacters(in: .whitespaces)
            guard !version.isEmpty else { throw InputError("components: version range '\(range)' of \(rule.purl) has an empty version") }
            parsed.append(Constraint(op: op ?? .exactly, version: version))
        }
        constraints = parsed
    }

    /// Whether the rule names this component (same package, version within the range).
    public func matches(_ component: Component) -> Bool {
        guard component.purl.versionless == package else { return false }
        let version = component.purl.version ?? component.version
        return constraints.allSatisfy { constraint in
            constraint.admits(compare(version, constraint.version))
        }
    }

    private func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        if let ecosystem { return ecosystem.compareVersions(lhs, rhs) }
        return SemVerScheme().compare(lhs, rhs)
    }
}
