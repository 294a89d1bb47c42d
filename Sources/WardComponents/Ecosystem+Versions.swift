import Foundation

/// Which version ordering each ecosystem uses.
extension Ecosystem {
    /// The ordering of this ecosystem's versions, as OSV `ECOSYSTEM` ranges are evaluated.
    public var versionScheme: any VersionScheme {
        switch self {
        case .npm, .cratesIO, .pub, .swiftURL, .carthage: SemVerScheme()
        case .pypi: PEP440Scheme()
        case .maven: MavenVersionScheme()
        case .go: GoVersionScheme()
        case .rubyGems: RubyGemsScheme()
        case .nuget: NuGetScheme()
        case .packagist: ComposerScheme()
        case .cocoaPods: CocoaPodsScheme()
        case .debian: DebianScheme()
        case .alpine: AlpineScheme()
        }
    }

    /// Orders two versions of this ecosystem.
    public func compareVersions(_ lhs: String, _ rhs: String) -> ComparisonResult {
        versionScheme.compare(lhs, rhs)
    }
}
