import Foundation
import Testing
import WardComponents

/// A chain of versions written as the spec shows them, e.g. `1.0.0-alpha < 1.0.0-alpha.1 = 1.0.0-alpha.01`.
struct VersionChain: Sendable, CustomTestStringConvertible {
    let text: String
    var testDescription: String { text }

    init(_ text: String) { self.text = text }

    /// Versions and the relation between each one and the next.
    var steps: (versions: [String], relations: [ComparisonResult]) {
        let tokens = text.split(separator: " ").map(String.init)
        var versions = [tokens[0]]
        var relations: [ComparisonResult] = []
        var index = 1
        while index + 1 < tokens.count {
            relations.append(tokens[index] == "<" ? .orderedAscending : tokens[index] == ">" ? .orderedDescending : .orderedSame)
            versions.append(tokens[index + 1])
            index += 2
        }
        return (versions, relations)
    }
}

/// Checks every pair of a chain, both ways: the expected order, its mirror, and transitivity.
func expectOrdering(_ chain: VersionChain, scheme: some VersionScheme, sourceLocation: SourceLocation = #_sourceLocation) {
    let (versions, relations) = chain.steps
    for i in versions.indices {
        #expect(scheme.compare(versions[i], versions[i]) == .orderedSame, "\(versions[i]) = itself", sourceLocation: sourceLocation)
        for j in versions.indices where j > i {
            let between = relations[i..<j]
            let expected: ComparisonResult = between.contains(.orderedAscending) ? .orderedAscending
                : between.contains(.orderedDescending) ? .orderedDescending : .orderedSame
            let mirrored: ComparisonResult = expected == .orderedAscending ? .orderedDescending
                : expected == .orderedDescending ? .orderedAscending : .orderedSame
            #expect(scheme.compare(versions[i], versions[j]) == expected, "\(versions[i]) vs \(versions[j])", sourceLocation: sourceLocation)
            #expect(scheme.compare(versions[j], versions[i]) == mirrored, "\(versions[j]) vs \(versions[i])", sourceLocation: sourceLocation)
        }
    }
}

/// Strings no scheme should choke on.
let garbageVersions = [
    "", " ", "garbage", "1..2", "..", "-", "+", "~", "v", "1.2.3-", "1.2.3+", "::", "1:", ":1", "-r", "_p",
    "99999999999999999999999999.1", "1.0.0-alpha..1", "💥", "1.2.3\n4", "dev-", "*", "1-2-3-4-5-6-7", "0.0.0-0",
]
