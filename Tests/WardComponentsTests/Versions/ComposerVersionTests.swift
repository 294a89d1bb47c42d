import Testing
import WardComponents

@Suite struct ComposerVersionTests {
    /// Composer's normalisation and PHP's version_compare order.
    static let chains = [
        VersionChain("1.0.0-dev < 1.0.0-alpha1 < 1.0.0-alpha2 < 1.0.0-beta1 < 1.0.0-RC1 < 1.0.0 < 1.0.0-patch1 < 1.0.1"),
        VersionChain("v1.0 = 1.0.0 = 1.0.0.0 = 1"),
        VersionChain("1.0.0-b2 = 1.0.0-beta2 = 1.0.0beta2 = 1.0.0-beta.2 = 1.0.0-BETA2"),
        VersionChain("1.0.0-a1 = 1.0.0-alpha1"),
        VersionChain("1.0.0-p1 = 1.0.0-pl1 = 1.0.0-patch1"),
        VersionChain("1.0.0-RC1 = 1.0.0-rc1 = 1.0.0-rc.1"),
        VersionChain("dev-main < dev-master < 0.0.1 < 1.0.99 < 1.0.x-dev < 1.1.0"),
        VersionChain("2.4.9 < 2.4.10 < 10.0"),
        VersionChain("1.0.0-stable = 1.0.0"),
    ]

    @Test(arguments: chains) func orders(_ chain: VersionChain) {
        expectOrdering(chain, scheme: ComposerScheme())
    }

    @Test func garbageNeverCrashes() {
        for text in garbageVersions { #expect(ComposerScheme().compare(text, text) == .orderedSame) }
    }
}
