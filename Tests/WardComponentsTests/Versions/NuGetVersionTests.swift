import Testing
import WardComponents

@Suite struct NuGetVersionTests {
    /// NuGet: four numeric parts, SemVer 2.0 pre-releases compared without case, metadata ignored.
    static let chains = [
        VersionChain("1.0 = 1.0.0 = 1.0.0.0 < 1.0.0.1 < 1.0.1 < 1.1"),
        VersionChain("1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta < 1.0.0-rc.1 < 1.0.0 = 1.0.0+build.7"),
        VersionChain("1.0.0-ALPHA = 1.0.0-alpha = 1.0.0-Alpha"),
        VersionChain("1.01 = 1.1.0"),
        VersionChain("2.0.0-preview.1 < 2.0.0-preview.2 < 2.0.0-preview.10"),
        VersionChain("4.7.2 < 4.7.10 < 13.0.1"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: NuGetScheme())
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(NuGetScheme().compare(text, text) == .orderedSame) }
    }
}
