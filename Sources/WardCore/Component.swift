/// A third-party package a project uses, as an inventory found it in a lockfile, manifest or SBOM.
public struct Component: Codable, Sendable, Hashable {
    /// OSV ecosystem name, e.g. `npm`, `PyPI`, `Maven`, `Go`, `SwiftURL`.
    public var ecosystem: String
    /// The name as the ecosystem spells it: `@babel/core`, `org.slf4j:slf4j-api`, `github.com/pkg/errors`.
    public var name: String
    public var version: String
    public var purl: PackageURL
    /// Whether the project declares it itself (`true`) or gets it through another component (`false`); nil when unknown.
    public var direct: Bool?
    public var scope: ComponentScope
    /// Where the component is declared; nil for components read from an SBOM.
    public var location: DeclaredLocation?
    /// SPDX license ids or expressions, as declared or detected.
    public var licenses: [String]
    public var hashes: [ComponentHash]
    /// Package URLs (rendered) of the components this one depends on, for the dependency graph.
    public var dependencies: [String]

    public init(
        ecosystem: String, name: String, version: String, purl: PackageURL, direct: Bool? = nil,
        scope: ComponentScope = .runtime, location: DeclaredLocation? = nil, licenses: [String] = [],
        hashes: [ComponentHash] = [], dependencies: [String] = []
    ) {
        self.ecosystem = ecosystem
        self.name = name
        self.version = version
        self.purl = purl
        self.direct = direct
        self.scope = scope
        self.location = location
        self.licenses = licenses
        self.hashes = hashes
        self.dependencies = dependencies
    }

    /// What a finding about this component carries.
    public var reference: ComponentReference {
        ComponentReference(purl: purl.description, name: name, version: version, ecosystem: ecosystem, direct: direct)
    }

    /// Inventory order: by file, then line, then purl, so output is the same on every run.
    public static func inventoryOrder(_ a: Component, _ b: Component) -> Bool {
        let pa = a.location?.path ?? "", pb = b.location?.path ?? ""
        if pa != pb { return pa < pb }
        let la = a.location?.line ?? 0, lb = b.location?.line ?? 0
        if la != lb { return la < lb }
        return a.purl.description < b.purl.description
    }
}

/// When a component is needed: shipped at run time, or only to develop, test, or optionally.
public enum ComponentScope: String, Codable, Sendable, CaseIterable {
    case runtime
    case development
    case test
    case optional
}

/// The file and 1-based line where a component is declared.
public struct DeclaredLocation: Codable, Sendable, Hashable {
    /// Path relative to the scanned root, `/`-separated.
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }
}

/// A checksum of a component's archive, as a lockfile records it.
public struct ComponentHash: Codable, Sendable, Hashable {
    /// CycloneDX algorithm name: `SHA-1`, `SHA-256`, `SHA-384`, `SHA-512`, `MD5`.
    public var algorithm: String
    /// Lowercase hexadecimal digest.
    public var value: String

    public init(algorithm: String, value: String) {
        self.algorithm = algorithm
        self.value = value
    }
}
