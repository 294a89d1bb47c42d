import Testing
import WardComponents

@Suite struct RubyGemsVersionTests {
    /// Gem::Version's ordering: letters make pre-releases, trailing zeros do not count, `-` is `.pre.`.
    static let chains = [
        VersionChain("0.9 < 1.0.a1 < 1.0.a2 < 1.0.a10 < 1.0.b1 < 1.0.rc1 < 1.0 < 1.0.1 < 1.1 < 2"),
        VersionChain("1 = 1.0 = 1.0.0"),
        VersionChain("1.0.a = 1.a < 1.0"),
        VersionChain("1.0.0-rc1 = 1.0.0.pre.rc1 < 1.0.0.rc1 < 1.0.0"),
        VersionChain("1.2.b1 = 1.2.b.1 < 1.2.b2"),
        VersionChain("1.9.3 < 1.9.10 < 1.10"),
        VersionChain("6.1.7.2 < 6.1.7.10 < 7.0.0.alpha1 < 7.0.0"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: RubyGemsScheme())
    }

    @Test func prereleaseAndGarbage() {
        #expect(RubyGemsVersion("1.0.0.rc1").isPrerelease)
        #expect(!RubyGemsVersion("1.0.0").isPrerelease)
        for text in garbageVersions { #expect(RubyGemsScheme().compare(text, text) == .orderedSame) }
    }
}
