import Testing
import WardComponents

@Suite struct AlpineVersionTests {
    /// apk's version order.
    static let chains = [
        VersionChain("1.2 < 1.2.1 < 1.3 < 1.10"),
        VersionChain("1.2_alpha1 < 1.2_alpha2 < 1.2_beta1 < 1.2_pre1 < 1.2_rc1 < 1.2 < 1.2_cvs < 1.2_svn < 1.2_git < 1.2_hg < 1.2_p1 < 1.2_p2"),
        VersionChain("1.2 < 1.2a < 1.2b < 1.2.1"),
        VersionChain("1.2-r0 = 1.2 < 1.2-r1 < 1.2-r10"),
        VersionChain("2.0_rc1-r5 < 2.0-r0"),
        VersionChain("1.05 < 1.1"),
        VersionChain("3.0.8-r0 < 3.0.10-r0 < 3.1.0_alpha1-r0 < 3.1.0-r0"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: AlpineScheme())
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(AlpineScheme().compare(text, text) == .orderedSame) }
    }
}
