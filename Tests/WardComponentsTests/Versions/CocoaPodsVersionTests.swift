import Testing
import WardComponents

@Suite struct CocoaPodsVersionTests {
    static let chains = [
        VersionChain("1 = 1.0 = 1.0.0"),
        VersionChain("1.0.0-beta.1 < 1.0.0-beta.2 < 1.0.0-beta.10 < 1.0.0-rc.1 < 1.0.0 < 1.0.1"),
        VersionChain("1.2.3 < 1.2.3.4 < 1.2.4"),
        VersionChain("0.9 < 0.10 < 0.10.1"),
        VersionChain("5.0.0+build = 5.0.0"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: CocoaPodsScheme())
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(CocoaPodsScheme().compare(text, text) == .orderedSame) }
    }
}
