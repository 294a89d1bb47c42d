import Foundation
import WardCore

/// What an SBOM describes: a project and its components, stamped with a time and a unique id.
/// Writers take everything from here, so the same document always renders to the same bytes.
public struct SBOMDocument: Sendable {
    /// The project's name (the scanned directory's name by default).
    public var name: String
    /// Components deduplicated by package URL and sorted by it.
    public var components: [Component]
    public var timestamp: Date
    /// Becomes `urn:uuid:…`: the CycloneDX serial number and the SPDX document namespace.
    public var identifier: UUID
    public var tool: ToolInfo

    public init(name: String, components: [Component], timestamp: Date = Date(), identifier: UUID = UUID(), tool: ToolInfo = .ward) {
        self.name = name
        self.components = Self.merged(components)
        self.timestamp = timestamp
        self.identifier = identifier
        self.tool = tool
    }

    /// One component per package URL: the same package in two lockfiles is one SBOM entry, direct
    /// if either says so, runtime if either needs it, with every license, hash and dependency kept.
    static func merged(_ components: [Component]) -> [Component] {
        var byPurl: [String: Component] = [:]
        for component in components {
            let key = component.purl.description
            guard var existing = byPurl[key] else {
                byPurl[key] = component
                continue
            }
            if component.direct == true || existing.direct == nil { existing.direct = component.direct ?? existing.direct }
            if component.scope == .runtime { existing.scope = .runtime }
            existing.licenses += component.licenses.filter { !existing.licenses.contains($0) }
            existing.hashes += component.hashes.filter { !existing.hashes.contains($0) }
            existing.dependencies = Array(Set(existing.dependencies + component.dependencies)).sorted()
            byPurl[key] = existing
        }
        return byPurl.values.sorted { $0.purl.description < $1.purl.description }
    }

    /// `urn:uuid:` and the lowercase UUID.
    public var urn: String { "urn:uuid:" + identifier.uuidString.lowercased() }

    /// ISO 8601 in UTC with seconds, as both formats want it.
    public var timestampText: String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: timestamp)
    }

    /// Dependencies of `component` that are themselves in the document (a graph never points outside it).
    func knownDependencies(of component: Component) -> [String] {
        component.dependencies.filter { known.contains($0) }
    }

    private var known: Set<String> { Set(components.map(\.purl.description)) }
}
