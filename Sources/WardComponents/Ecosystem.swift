/// A package ecosystem, named as OSV names it, with its package-url type.
public enum Ecosystem: String, Codable, Sendable, CaseIterable, Hashable {
    case swiftURL = "SwiftURL"
    case cocoaPods = "CocoaPods"
    case carthage = "Carthage"
    case npm
    case pypi = "PyPI"
    case maven = "Maven"
    case go = "Go"
    case cratesIO = "crates.io"
    case rubyGems = "RubyGems"
    case packagist = "Packagist"
    case nuget = "NuGet"
    case pub = "Pub"
    case debian = "Debian"
    case alpine = "Alpine"

    /// The package-url `type` component.
    public var purlType: String {
        switch self {
        case .swiftURL: "swift"
        case .cocoaPods: "cocoapods"
        case .carthage: "carthage"
        case .npm: "npm"
        case .pypi: "pypi"
        case .maven: "maven"
        case .go: "golang"
        case .cratesIO: "cargo"
        case .rubyGems: "gem"
        case .packagist: "composer"
        case .nuget: "nuget"
        case .pub: "pub"
        case .debian: "deb"
        case .alpine: "apk"
        }
    }

    /// Parses an OSV ecosystem name; OSV suffixes OS ecosystems with a release (`Debian:12`, `Alpine:v3.18`).
    public init?(osvName: String) {
        let base = osvName.split(separator: ":", maxSplits: 1).first.map(String.init) ?? osvName
        if let known = Ecosystem(rawValue: base) {
            self = known
        } else if let known = Ecosystem.allCases.first(where: { $0.rawValue.lowercased() == base.lowercased() }) {
            self = known
        } else {
            return nil
        }
    }
}
