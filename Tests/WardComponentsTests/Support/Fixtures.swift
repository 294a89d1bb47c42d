import Foundation
import Testing
import WardComponents
import WardCore

/// Test fixtures, read from the bundle copy of `Fixtures/`.
enum Fixtures {
    static func url(_ relativePath: String) throws -> URL {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil), "Fixtures missing from the test bundle")
        return root.appendingPathComponent(relativePath)
    }

    static func path(_ relativePath: String) throws -> String { try url(relativePath).path }

    static func bytes(_ relativePath: String) throws -> [UInt8] { Array(try Data(contentsOf: url(relativePath))) }

    /// The inventory of a fixture directory under `lockfiles/`.
    static func inventory(_ directory: String) throws -> InventoryResult {
        try Inventory().collect(root: path("lockfiles/" + directory))
    }
}

/// One line per component with everything a parser decides, for exact comparisons.
func summary(_ component: Component) -> String {
    let direct = component.direct.map { $0 ? "direct" : "transitive" } ?? "unknown"
    let place = component.location.map { "\($0.path):\($0.line)" } ?? "-"
    return "\(component.purl) \(direct) \(component.scope.rawValue) \(place)"
}

func summaries(_ result: InventoryResult) -> [String] { result.components.map(summary) }
